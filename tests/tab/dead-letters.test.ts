import { providedBotRuntime } from '@channel-crm/bot';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  startTabHarness,
  violationsInEveryTheme,
  type TabHarness,
} from '../support/tab-harness';

const ADMIN = 'Claire Dubois';
const SELLER = 'Élodie Martin';
const HEADLINE = 'Claire Dubois moved this deal from Qualification to Proposal';
const REASON = 'Connector answered 403 eight times: the bot was blocked in this chat';

type Letter = { key: string; reason: string; at: string; delivery: unknown };
type OutboxEntry = { activity: Record<string, unknown> };

describe('undelivered cards in Settings', () => {
  let h: TabHarness;
  let tenantId: string;
  let opportunityId: string;

  const putLetter = async (letter: Letter) => {
    const bot = await providedBotRuntime();
    if (!bot) throw new Error('The local app provides no bot runtime');
    await bot.notifier.state.deadLetters.put(tenantId, letter);
  };
  const removeLetter = async (key: string) => {
    const bot = await providedBotRuntime();
    await bot?.notifier.state.deadLetters.remove(tenantId, key);
  };
  const listed = async () =>
    (await h.apiGet<{ items: Letter[] }>(ADMIN, '/admin/dead-letters')).items;
  const cardFor = (eventId: string): Letter => {
    const recipientId = h.user(SELLER).id;
    const key = `${eventId}:${recipientId}`;
    return {
      key,
      reason: REASON,
      at: '2025-03-14T09:30:00.000Z',
      delivery: {
        key,
        tenantId,
        recipientId,
        eventId,
        recordId: opportunityId,
        attempt: 8,
        activity: { type: 'message', summary: HEADLINE, text: HEADLINE, attachments: [] },
      },
    };
  };
  const openUndelivered = async (page: Page, query = '') => {
    await page.goto(`${h.tabUrl}/${query}#/settings`);
    await page.getByRole('tab', { name: /^(Undelivered cards|Cartes non distribuées)$/ }).click({
      timeout: 30_000,
    });
  };

  beforeAll(async () => {
    h = await startTabHarness();
    tenantId = h.user(ADMIN).tenantId;
    const opportunities = await h.apiGet<{ items: { id: string }[] }>(
      ADMIN,
      '/opportunities?limit=1',
    );
    opportunityId = opportunities.items[0]!.id;
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('shows the admin whom, what and why, and Send again queues the card and clears the row', async () => {
    const letter = cardFor('event-undelivered-1');
    await putLetter(letter);
    const admin = await h.signedIn(ADMIN);
    await openUndelivered(admin);
    const table = admin.getByRole('table', { name: 'Undelivered cards' });
    const row = table.getByRole('row').filter({ hasText: HEADLINE });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      expect.stringMatching(/2025/),
      SELLER,
      HEADLINE,
      REASON,
      expect.stringMatching(/^Send again\s*Discard$/),
    ]);
    await admin.screenshot({ path: `${ARTIFACTS}/dead-letters.png`, fullPage: true });

    // Keyboard only: focus the button and press Enter.
    await row.getByRole('button', { name: `Send again to ${SELLER}` }).focus();
    await admin.keyboard.press('Enter');
    await admin
      .getByRole('status')
      .getByText(`The card to ${SELLER} is queued again.`)
      .waitFor({ timeout: 30_000 });
    await admin.getByText('Every card was delivered.').waitFor();
    expect(await table.count()).toBe(0);
    expect(await listed()).toEqual([]);
    // Focus does not fall to the page's start when the row that had it goes away.
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe(
      'Undelivered cards',
    );
    // Queued again for real: the local Bot Connector receives the card.
    await expect
      .poll(
        async () => {
          const response = await fetch(`${h.apiUrl}/dev/outbox?userId=${h.user(SELLER).id}`);
          const outbox = (await response.json()) as OutboxEntry[];
          return outbox.some((e) => e.activity.summary === HEADLINE);
        },
        { timeout: 30_000, interval: 250 },
      )
      .toBe(true);
    await admin.context().close();
  }, 180_000);

  it('lists a poison message without guessing, says why it cannot be sent again, and discards it', async () => {
    const poison: Letter = {
      key: 'poison:2025-03-14T10:00:00.000Z:0.5',
      reason: 'SyntaxError: Unexpected token',
      at: 'not a date',
      delivery: 'eyJub3QiOiAiYSBkZWxpdmVyeSJ9',
    };
    const half: Letter = {
      key: 'half-a-delivery',
      reason: 'TypeError: activity is not an object',
      at: '2025-03-14T10:05:00.000Z',
      delivery: { recipientId: 42, activity: { summary: ['not', 'text'] } },
    };
    await putLetter(poison);
    await putLetter(half);
    try {
      const admin = await h.signedIn(ADMIN);
      await openUndelivered(admin);
      const rows = admin.getByRole('table', { name: 'Undelivered cards' }).getByRole('row');
      await rows.filter({ hasText: poison.reason }).waitFor({ timeout: 30_000 });
      expect(await rows.filter({ hasText: half.reason }).getByRole('cell').allInnerTexts()).toEqual(
        [
          expect.stringMatching(/2025/),
          'Unknown recipient',
          'No headline',
          half.reason,
          expect.stringMatching(/^Send again\s*Discard$/),
        ],
      );
      expect(
        await rows.filter({ hasText: poison.reason }).getByRole('cell').first().innerText(),
      ).toBe('not a date');
      await rows
        .filter({ hasText: poison.reason })
        .getByRole('button', { name: 'Send again to Unknown recipient' })
        .click();
      await admin
        .getByRole('alert')
        .getByText('The change was refused: This dead letter is not a card delivery')
        .waitFor({ timeout: 30_000 });
      expect((await listed()).map((l) => l.key).sort()).toEqual([half.key, poison.key].sort());
      // What can never be sent is discarded for good.
      await rows
        .filter({ hasText: poison.reason })
        .getByRole('button', { name: 'Discard the card to Unknown recipient' })
        .click();
      await admin
        .getByRole('status')
        .getByText('The card to Unknown recipient was discarded.')
        .waitFor({ timeout: 30_000 });
      expect(await rows.filter({ hasText: poison.reason }).count()).toBe(0);
      expect((await listed()).map((l) => l.key)).toEqual([half.key]);
      await admin.context().close();
    } finally {
      await removeLetter(poison.key);
      await removeLetter(half.key);
    }
  }, 120_000);

  it('says a card already sent again is gone, and drops its row', async () => {
    const letter = cardFor('event-undelivered-2');
    await putLetter(letter);
    const admin = await h.signedIn(ADMIN);
    await openUndelivered(admin);
    const button = admin.getByRole('button', { name: `Send again to ${SELLER}` });
    await button.waitFor({ timeout: 30_000 });
    await removeLetter(letter.key);
    await button.click();
    await admin
      .getByRole('alert')
      .getByText('This card was already sent again or removed.')
      .waitFor({ timeout: 30_000 });
    await admin.getByText('Every card was delivered.').waitFor({ timeout: 15_000 });
    await admin.context().close();
  }, 120_000);

  it('is not there for a seller: Settings is for admins only', async () => {
    await putLetter(cardFor('event-undelivered-3'));
    const seller = await h.signedIn(SELLER);
    const asked: string[] = [];
    seller.on('request', (r) => {
      if (r.url().includes('/admin/')) asked.push(r.url());
    });
    await seller.goto(`${h.tabUrl}/#/settings`);
    await seller.getByText('Only administrators can change settings.').waitFor({ timeout: 30_000 });
    expect(await seller.getByRole('tab').count()).toBe(0);
    expect(await seller.getByText('Undelivered cards').count()).toBe(0);
    expect(await seller.getByText(HEADLINE).count()).toBe(0);
    expect(asked).toEqual([]);
    await seller.context().close();
  }, 120_000);

  it('is in French with ?locale=fr', async () => {
    await putLetter(cardFor('event-undelivered-3'));
    const admin = await h.signedIn(ADMIN, { query: '?locale=fr' });
    await openUndelivered(admin, '?locale=fr');
    const row = admin.getByRole('table', { name: 'Cartes non distribuées' }).getByRole('row');
    await row.filter({ hasText: HEADLINE }).waitFor({ timeout: 30_000 });
    await admin.getByRole('button', { name: `Renvoyer à ${SELLER}` }).waitFor();
    expect(await admin.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['Quand', 'Destinataire', 'Carte', "Cause de l'échec"]),
    );
    await admin.context().close();
  }, 120_000);

  it('has no serious or critical axe violation with a row listed, in every theme', async () => {
    await putLetter(cardFor('event-undelivered-3'));
    const found = await violationsInEveryTheme(h, ADMIN, async (admin, theme, scan) => {
      await openUndelivered(admin, `?theme=${theme}`);
      await admin.getByRole('button', { name: `Send again to ${SELLER}` }).waitFor({
        timeout: 30_000,
      });
      await admin.screenshot({ path: `${ARTIFACTS}/dead-letters-${theme}.png`, fullPage: true });
      await scan('undelivered cards');
    });
    expect(found).toEqual({});
  }, 300_000);
});
