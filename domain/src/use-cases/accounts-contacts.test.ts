import { describe, expect, it } from 'vitest';
import { CreateAccountInput, ListAccountsInput } from '../model/account';
import { CreateContactInput, ListContactsInput } from '../model/contact';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { createAccount } from './create-account';
import { createContact } from './create-contact';
import { exportTenant } from './export-tenant';
import { getAccount } from './get-account';
import { getContact } from './get-contact';
import { listAccounts } from './list-accounts';
import { listContacts } from './list-contacts';
import { updateAccount } from './update-account';
import { updateContact } from './update-contact';

const { w } = worldPerFile();

const anna = () => w.actor('anna', 'seller', [w.spaceA]);
const admin = () => w.actor('root', 'admin', []);

const account = (over: Partial<CreateAccountInput>) =>
  CreateAccountInput.parse({ name: 'Acme', spaceIds: [w.spaceA], ...over });

const accountNames = async (who: ReturnType<typeof anna>, input: Partial<ListAccountsInput> = {}) =>
  value(await listAccounts(w.as(who), ListAccountsInput.parse(input))).items.map((a) => a.name);

describe('accounts', () => {
  it('are attached to spaces or global', async () => {
    value(await createAccount(w.as(anna()), account({ name: 'Space A GmbH' })));
    value(
      await createAccount(w.as(admin()), account({ name: 'Space B AB', spaceIds: [w.spaceB] })),
    );
    value(
      await createAccount(
        w.as(admin()),
        account({ name: 'Everywhere SA', spaceIds: [], global: true }),
      ),
    );
    const bob = w.actor('bob', 'seller', [w.spaceB]);
    expect((await accountNames(anna())).sort()).toEqual(['Everywhere SA', 'Space A GmbH']);
    expect((await accountNames(bob)).sort()).toEqual(['Everywhere SA', 'Space B AB']);
    expect((await accountNames(bob, { spaceId: w.spaceB })).sort()).toEqual([
      'Everywhere SA',
      'Space B AB',
    ]);
  });

  it('need a space or the global flag, in a space of the creator', async () => {
    const none = await createAccount(w.as(anna()), account({ spaceIds: [] }));
    expect(!none.ok && none.error.kind).toBe('validation');
    const foreign = await createAccount(w.as(anna()), account({ spaceIds: [w.spaceB] }));
    expect(!foreign.ok && foreign.error.kind).toBe('forbidden');
  });

  it('when private, are seen and found only by their creator — not even by an admin', async () => {
    const secret = value(
      await createAccount(w.as(anna()), account({ name: 'Secret Holding', private: true })),
    );
    expect(value(await getAccount(w.as(anna()), secret.id)).name).toBe('Secret Holding');
    const byAdmin = await getAccount(w.as(admin()), secret.id);
    expect(!byAdmin.ok && byAdmin.error.kind).toBe('not_found');
    expect(await accountNames(admin(), { text: 'secret' })).toEqual([]);
    expect(await accountNames(anna(), { text: 'secret' })).toEqual(['Secret Holding']);
    const exported = value(await exportTenant(w.as(admin())));
    expect(exported.documents.some((d) => d.id === secret.id)).toBe(false);
    const adminEdit = await updateAccount(w.as(admin()), secret.id, { name: 'Mine' }, 1);
    expect(!adminEdit.ok && adminEdit.error.kind).toBe('not_found');
  });

  it('can be made private only by their creator', async () => {
    const shared = value(await createAccount(w.as(anna()), account({ name: 'Shared Ltd' })));
    const byAdmin = await updateAccount(w.as(admin()), shared.id, { private: true }, 1);
    expect(!byAdmin.ok && byAdmin.error.kind).toBe('forbidden');
    const byCreator = value(await updateAccount(w.as(anna()), shared.id, { private: true }, 1));
    expect(byCreator).toMatchObject({ private: true, version: 2 });
  });

  it('are edited by their owner, not by a colleague; an edit keeps fields not sent', async () => {
    const own = value(
      await createAccount(
        w.as(anna()),
        account({ name: 'Keep Fields', tags: ['vip'], keyAccount: true }),
      ),
    );
    const colleague = w.actor('cora', 'seller', [w.spaceA]);
    const refused = await updateAccount(w.as(colleague), own.id, { industry: 'Retail' }, 1);
    expect(!refused.ok && refused.error.kind).toBe('forbidden');
    const edited = value(await updateAccount(w.as(anna()), own.id, { industry: 'Retail' }, 1));
    expect(edited).toMatchObject({ industry: 'Retail', tags: ['vip'], keyAccount: true });
  });
});

describe('contacts', () => {
  it('link only to accounts the user sees and list by space', async () => {
    const hidden = value(
      await createAccount(w.as(admin()), account({ name: 'Hidden Oy', spaceIds: [w.spaceB] })),
    );
    const refused = await createContact(
      w.as(anna()),
      CreateContactInput.parse({
        lastName: 'Virtanen',
        spaceIds: [w.spaceA],
        accountId: hidden.id,
      }),
    );
    expect(!refused.ok && refused.error.kind).toBe('not_found');

    const visible = value(await createAccount(w.as(anna()), account({ name: 'Visible SRL' })));
    const contact = value(
      await createContact(
        w.as(anna()),
        CreateContactInput.parse({ lastName: 'Popa', spaceIds: [w.spaceA], accountId: visible.id }),
      ),
    );
    expect(value(await getContact(w.as(anna()), contact.id)).accountId).toBe(visible.id);
    const names = value(
      await listContacts(w.as(anna()), ListContactsInput.parse({ text: 'popa' })),
    ).items.map((c) => c.lastName);
    expect(names).toEqual(['Popa']);
    const outsider = w.actor('dan', 'seller', [w.spaceB]);
    const hiddenGet = await getContact(w.as(outsider), contact.id);
    expect(!hiddenGet.ok && hiddenGet.error.kind).toBe('not_found');

    const moved = value(await updateContact(w.as(anna()), contact.id, { champion: true }, 1));
    expect(moved).toMatchObject({ champion: true, accountId: visible.id, version: 2 });
  });
});
