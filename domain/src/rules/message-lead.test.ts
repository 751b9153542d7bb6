import { describe, expect, it } from 'vitest';
import { leadFromMessage, messageText } from './message-lead';

describe('a lead from a chat message', () => {
  it('reads the e-mail, phone and labelled company from the text, the names from the author', () => {
    const lead = leadFromMessage({
      html: '<p>Hi, please call me back on +33 6 12 34 56 78.</p><p>Mail: jeanne.roux@example.org<br>Company: Roux &amp; Fils SARL</p>',
      author: 'Jeanne Roux',
    });
    expect(lead).toEqual({
      firstName: 'Jeanne',
      lastName: 'Roux',
      email: 'jeanne.roux@example.org',
      phone: '+33 6 12 34 56 78',
      company: 'Roux & Fils SARL',
    });
  });

  it('takes the company someone says they are from', () => {
    expect(leadFromMessage({ html: "I'm Tom from Northwind Traders. Send a quote?" }).company).toBe(
      'Northwind Traders',
    );
    expect(leadFromMessage({ html: 'Je suis chez Société Générale, rappelez-moi' }).company).toBe(
      'Société Générale',
    );
  });

  it('falls back on the e-mail domain, but not on a free mailbox', () => {
    expect(leadFromMessage({ html: 'write to anna@fabrikam-foods.co.uk' }).company).toBe(
      'Fabrikam Foods',
    );
    expect(leadFromMessage({ html: 'write to anna@gmail.com' }).company).toBeUndefined();
  });

  it('does not take a date, a short number or the e-mail for a phone', () => {
    const lead = leadFromMessage({ html: 'Order 1234 on 2026-11-30, ref a12345678@contoso.com' });
    expect(lead.phone).toBeUndefined();
    expect(lead.email).toBe('a12345678@contoso.com');
  });

  it('splits the author into first and last names; one word is a last name', () => {
    expect(leadFromMessage({ html: 'hello', author: 'Ana María López' })).toEqual({
      firstName: 'Ana María',
      lastName: 'López',
    });
    expect(leadFromMessage({ html: 'hello', author: 'Cher' })).toEqual({ lastName: 'Cher' });
    expect(leadFromMessage({ html: 'hello' })).toEqual({});
  });

  it('reads the text of the HTML Teams sends', () => {
    expect(messageText('<div>a&nbsp;&lt;b&gt; &#233;t&#xE9;</div><div>next</div>')).toBe(
      'a <b> été\nnext',
    );
  });
});
