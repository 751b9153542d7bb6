import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTabHarness, violationsInEveryTheme, type TabHarness } from '../support/tab-harness';

const SELLER = 'Élodie Martin';
const COLLEAGUE = 'Ioana Popescu';

type Lead = {
  id: string;
  source: string;
  tags: string[];
  ownerId?: string;
  spaceId: string;
  lastName: string;
  status: string;
  participantIds: string[];
  subscriberIds: string[];
};
type Contact = { id: string; firstName?: string; lastName: string };
type OutboxEntry = { kind: string; userId?: string; activity: unknown };

describe('editing records in the tab', () => {
  let h: TabHarness;
  let seller: Page;
  let lead: Lead;
  let contact: Contact;
  let anonymized = '';
  let anonymizedContact = '';
  let sharedAccount = '';
  let account: { id: string; name: string };

  const outboxOf = async (userId: string) =>
    (await (
      await fetch(`${h.app.urls.outbox}?userId=${encodeURIComponent(userId)}`)
    ).json()) as OutboxEntry[];
  const waitLoaded = (page: Page) =>
    page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
      timeout: 30_000,
    });
  const openLead = async (page: Page, id: string, query = '') => {
    await page.goto(`${h.tabUrl}/${query}#/leads/${id}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    await waitLoaded(page);
  };

  const apiSend = async (method: string, path: string, body: unknown, version?: number) => {
    const response = await fetch(`${h.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await h.token(SELLER)}`,
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
        ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
      },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return (await response.json()) as Lead;
  };

  beforeAll(async () => {
    h = await startTabHarness();
    const me = h.user(SELLER).id;
    const leads = await h.apiGet<{ items: Lead[] }>(SELLER, `/leads?ownerId=${me}&limit=50`);
    lead = leads.items.find(
      (l) =>
        ['new', 'working'].includes(l.status) && !l.subscriberIds.includes(h.user(COLLEAGUE).id),
    )!;
    const contacts = await h.apiGet<{ items: Contact[] }>(
      SELLER,
      `/contacts?spaceId=${lead.spaceId}&limit=50`,
    );
    contact = contacts.items.find(
      (c) => contacts.items.filter((o) => o.lastName === c.lastName).length === 1,
    )!;
    seller = await h.signedIn(SELLER);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('adds a participant and a subscriber from the roles panel; the subscriber gets a card', async () => {
    const colleague = h.user(COLLEAGUE).id;
    expect(await outboxOf(colleague)).toEqual([]);
    await openLead(seller, lead.id);
    const roles = seller.getByRole('region', { name: 'Roles' });

    await roles.getByRole('combobox', { name: 'Add a participant' }).fill(contact.lastName);
    await seller
      .getByRole('listbox')
      .getByRole('option', { name: new RegExp(contact.lastName) })
      .click();
    await roles
      .getByRole('list', { name: 'Other participants' })
      .getByRole('link', { name: new RegExp(contact.lastName) })
      .waitFor({ timeout: 15_000 });

    const subscriberBox = roles.getByRole('combobox', { name: 'Add a subscriber' });
    await subscriberBox.fill(COLLEAGUE.slice(0, 4));
    await seller.getByRole('listbox').getByRole('option', { name: COLLEAGUE }).focus();
    await seller.keyboard.press('Enter');
    await roles
      .getByRole('list', { name: 'Subscribers' })
      .getByText(COLLEAGUE)
      .waitFor({ timeout: 15_000 });

    const saved = await h.apiGet<Lead>(SELLER, `/leads/${lead.id}`);
    expect(saved.participantIds).toContain(contact.id);
    expect(saved.subscriberIds).toContain(colleague);
    await expect
      .poll(async () => (await outboxOf(colleague)).filter((e) => e.kind === 'send'), {
        timeout: 20_000,
      })
      .toHaveLength(1);
    const [card] = await outboxOf(colleague);
    expect(JSON.stringify(card!.activity)).toContain(lead.lastName);
    expect(await outboxOf(h.user(SELLER).id)).toEqual([]);

    await roles.getByRole('button', { name: `Remove ${COLLEAGUE}` }).click();
    await expect
      .poll(async () => (await h.apiGet<Lead>(SELLER, `/leads/${lead.id}`)).subscriberIds, {
        timeout: 15_000,
      })
      .not.toContain(colleague);
  }, 120_000);

  it('links e-mail and phone, edits the source and tags of a lead, then hands it to a colleague, who gets a card', async () => {
    const colleague = h.user(COLLEAGUE).id;
    await openLead(seller, lead.id);
    const saved = await h.apiGet<{ email: string; phone: string }>(SELLER, `/leads/${lead.id}`);
    expect(
      await seller.getByRole('link', { name: `Write to ${saved.email}` }).getAttribute('href'),
    ).toBe(`mailto:${saved.email}`);
    expect(
      await seller.getByRole('link', { name: `Call ${saved.phone}` }).getAttribute('href'),
    ).toMatch(/^tel:\+?\d+$/);
    await seller.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Call' });
    await expect
      .poll(async () => (await h.apiGet<Lead>(SELLER, `/leads/${lead.id}`)).source, {
        timeout: 15_000,
      })
      .toBe('call');
    for (const tag of ['fair-2026', 'vip']) {
      await seller.getByRole('textbox', { name: 'New tag' }).fill(tag);
      await seller.keyboard.press('Enter');
      await seller.getByRole('button', { name: `Remove tag ${tag}` }).waitFor({ timeout: 15_000 });
    }
    await seller.getByRole('button', { name: 'Remove tag fair-2026' }).click();
    await expect
      .poll(async () => (await h.apiGet<Lead>(SELLER, `/leads/${lead.id}`)).tags, {
        timeout: 15_000,
      })
      .toEqual(['vip']);
    const cardsBefore = (await outboxOf(colleague)).length;
    await seller.getByRole('combobox', { name: 'Owner' }).selectOption({ label: COLLEAGUE });
    await expect
      .poll(async () => (await h.apiGet<Lead>(SELLER, `/leads/${lead.id}`)).ownerId, {
        timeout: 15_000,
      })
      .toBe(colleague);
    await expect
      .poll(async () => (await outboxOf(colleague)).length, { timeout: 20_000 })
      .toBe(cardsBefore + 1);
  }, 120_000);

  it('anonymizes a lead after naming what goes; no personal data is left in the tab or the API', async () => {
    const stamp = Date.now().toString(36);
    const person = {
      firstName: `Yvonne${stamp}`,
      lastName: `Quenot${stamp}`,
      email: `yq.${stamp}@example.org`,
      phone: '+33 6 12 34 56 78',
      jobTitle: `Buyer${stamp}`,
    };
    const created = await apiSend('POST', '/leads', {
      ...person,
      company: 'Garnier Logistique',
      spaceId: lead.spaceId,
      ownerId: h.user(SELLER).id,
    });
    await apiSend('POST', `/leads/${created.id}/notes`, {
      text: `Called ${person.firstName} ${person.lastName} at ${person.phone}`,
    });
    anonymized = created.id;
    await openLead(seller, created.id);
    await seller.getByRole('button', { name: 'Anonymize' }).click();
    const dialog = seller.getByRole('dialog', {
      name: new RegExp(`Anonymize .*${person.lastName}`),
    });
    const erased = dialog.getByRole('list', { name: 'What will be erased' });
    for (const value of [person.email, person.phone, person.jobTitle, person.lastName])
      await erased.getByText(value, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Anonymize for good' }).click();
    const kept = seller.getByRole('list', { name: 'What was kept:' });
    await kept.getByText('Company: Garnier Logistique').waitFor({ timeout: 15_000 });
    await expect.poll(() => seller.getByText(person.lastName).count(), { timeout: 15_000 }).toBe(0);
    await waitLoaded(seller);

    const personal = Object.values(person);
    const shown = await seller.evaluate(() => {
      const inputs = Array.from(document.querySelectorAll('input, textarea')).map(
        (e) => (e as HTMLInputElement).value,
      );
      return [document.body.innerText, ...inputs].join('\n');
    });
    const answers = JSON.stringify([
      await h.apiGet(SELLER, `/leads/${created.id}`),
      await h.apiGet(SELLER, `/leads/${created.id}/timeline`),
      await h.apiGet(SELLER, `/leads?spaceId=${lead.spaceId}&limit=100`),
      await h.apiGet(SELLER, `/leads?text=${person.lastName}`),
    ]);
    for (const value of personal) {
      expect(shown).not.toContain(value);
      expect(answers).not.toContain(value);
    }
    expect(shown).toContain('Garnier Logistique');
  }, 120_000);

  it("sets a contact's account and champion flag, clears the account, then anonymizes a contact", async () => {
    const accounts = await h.apiGet<{ items: { id: string; name: string; createdBy: string }[] }>(
      SELLER,
      `/accounts?spaceId=${lead.spaceId}&limit=50`,
    );
    account = accounts.items.find(
      (a) =>
        a.createdBy !== h.user(SELLER).id &&
        accounts.items.filter((o) => o.name === a.name).length === 1,
    )!;
    const person = { firstName: 'Hugo', lastName: `Ravel${Date.now().toString(36)}` };
    const created = (await apiSend('POST', '/contacts', {
      ...person,
      email: `${person.lastName}@example.org`,
      spaceIds: [lead.spaceId],
    })) as unknown as Contact & { id: string };
    await seller.goto(`${h.tabUrl}/#/contacts/${created.id}`);
    await seller.getByRole('heading', { level: 1, name: new RegExp(person.lastName) }).waitFor();
    await seller.getByRole('combobox', { name: 'Choose the account' }).fill(account.name);
    await seller.getByRole('listbox').getByRole('option', { name: account.name }).click();
    await seller.getByRole('link', { name: account.name }).waitFor({ timeout: 15_000 });
    await seller.getByRole('switch', { name: 'Champion' }).click();
    await expect
      .poll(
        async () => {
          const c = await h.apiGet<{ accountId?: string; champion: boolean }>(
            SELLER,
            `/contacts/${created.id}`,
          );
          return [c.accountId, c.champion];
        },
        { timeout: 15_000 },
      )
      .toEqual([account.id, true]);

    await seller.getByRole('button', { name: 'Clear the account' }).click();
    await seller.getByRole('combobox', { name: 'Choose the account' }).waitFor({ timeout: 15_000 });
    expect(await seller.getByRole('link', { name: account.name }).count()).toBe(0);
    const cleared = await h.apiGet<{ accountId?: string }>(SELLER, `/contacts/${created.id}`);
    expect(cleared.accountId).toBeUndefined();

    await seller.getByRole('button', { name: 'Anonymize' }).click();
    const dialog = seller.getByRole('dialog');
    await dialog
      .getByRole('list', { name: 'What will be erased' })
      .getByText(`Last name: ${person.lastName}`)
      .waitFor();
    await dialog.getByRole('button', { name: 'Anonymize for good' }).click();
    await seller.getByText(/^Anonymized on/).waitFor({ timeout: 15_000 });
    const answer = JSON.stringify(await h.apiGet(SELLER, `/contacts/${created.id}`));
    expect(answer).not.toContain(person.lastName);
    expect(await seller.getByText(person.lastName).count()).toBe(0);
    anonymizedContact = created.id;
  }, 120_000);

  it('marks an account key, names its manager, shares it with every space, makes it private', async () => {
    type Account = {
      id: string;
      keyAccount: boolean;
      managerId?: string;
      global: boolean;
      private: boolean;
    };
    const created = (await apiSend('POST', '/accounts', {
      name: `Atelier Roux ${Date.now().toString(36)}`,
      spaceIds: [lead.spaceId],
    })) as unknown as Account;
    sharedAccount = created.id;
    const read = () => h.apiGet<Account>(SELLER, `/accounts/${created.id}`);
    await seller.goto(`${h.tabUrl}/#/accounts/${created.id}`);
    await seller.getByRole('switch', { name: 'Key account' }).click();
    await expect.poll(async () => (await read()).keyAccount, { timeout: 15_000 }).toBe(true);
    await seller
      .getByRole('combobox', { name: 'Account manager' })
      .selectOption({ label: COLLEAGUE });
    await expect
      .poll(async () => (await read()).managerId, { timeout: 15_000 })
      .toBe(h.user(COLLEAGUE).id);
    await seller.getByRole('radio', { name: 'Every space' }).click();
    await expect.poll(async () => (await read()).global, { timeout: 15_000 }).toBe(true);
    await seller.getByRole('switch', { name: 'Private (only I see it)' }).click();
    await expect.poll(async () => (await read()).private, { timeout: 15_000 }).toBe(true);

    await seller.goto(`${h.tabUrl}/#/accounts/${account.id}`);
    await seller.getByText('Only whoever created the account may make it private.').waitFor();
    expect(await seller.getByRole('switch', { name: 'Private (only I see it)' }).isDisabled()).toBe(
      true,
    );
  }, 120_000);

  it('has no serious or critical axe violation on the edited views, in every theme', async () => {
    const found = await violationsInEveryTheme(h, SELLER, async (page, theme, scan) => {
      await openLead(page, lead.id, `?theme=${theme}`);
      await scan('lead');
      await page
        .getByRole('region', { name: 'Roles' })
        .getByRole('combobox', { name: 'Add a subscriber' })
        .click();
      await page.getByRole('listbox').waitFor();
      await scan('lead-picker');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Anonymize' }).click();
      await page.getByRole('dialog').waitFor();
      // Scan the open dialog, not its fade-in.
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== 'running'),
      );
      await scan('anonymize-dialog');
      await openLead(page, anonymized, `?theme=${theme}`);
      await scan('anonymized-lead');
      await page.goto(`${h.tabUrl}/?theme=${theme}#/contacts/${contact.id}`);
      await page.getByRole('switch', { name: 'Champion' }).waitFor({ timeout: 30_000 });
      await waitLoaded(page);
      await scan('contact');
      await page.goto(`${h.tabUrl}/?theme=${theme}#/contacts/${anonymizedContact}`);
      await page.getByText(/^Anonymized on/).waitFor({ timeout: 30_000 });
      await scan('anonymized-contact');
      await page.goto(`${h.tabUrl}/?theme=${theme}#/accounts/${sharedAccount}`);
      await page.getByRole('switch', { name: 'Key account' }).waitFor({ timeout: 30_000 });
      await waitLoaded(page);
      await scan('account');
    });
    expect(found).toEqual({});
  }, 300_000);
});
