import { describe, expect, it } from 'vitest';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { updateOwnSettings } from './update-own-settings';

const { test, w } = worldPerFile();

describe("a user's own locale and time zone", () => {
  it('follow what Teams reports, in canonical form', async () => {
    const before = await w.user('berta');
    const saved = value(
      await updateOwnSettings(w.as(w.actor('berta', 'seller', [w.spaceA])), {
        locale: 'de-de',
        timeZone: 'Europe/Berlin',
      }),
    );
    expect(saved).toMatchObject({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
    expect(saved.version).toBe(before.version + 1);
  });

  it('ignore what is not a locale or a time zone, and write nothing when nothing changes', async () => {
    const before = await w.user('piotr');
    const seller = w.actor('piotr', 'seller', [w.spaceA]);
    const same = value(
      await updateOwnSettings(w.as(seller), { locale: 'not a locale!', timeZone: 'Mars/Olympus' }),
    );
    expect(same).toEqual(before);
    expect(await test.store.users.get(w.tenantId, 'piotr')).toEqual(before);
  });
});
