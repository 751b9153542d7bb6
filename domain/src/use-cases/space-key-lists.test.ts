import { describe, expect, it } from 'vitest';
import { CreateApiKeyInput } from '../model/inbound';
import { CreateWebFormInput } from '../model/web-form';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { createApiKey } from './create-api-key';
import { createWebForm } from './create-web-form';
import { deleteWebForm } from './delete-web-form';
import { listApiKeys } from './list-api-keys';
import { listWebForms } from './list-web-forms';
import { revokeApiKey } from './revoke-api-key';

const { w } = worldPerFile();

const admin = () => w.actor('root', 'admin', []);
/** Another admin of the tenant, saving at the same moment. */
const otherAdmin = () => w.actor('root-2', 'admin', []);
const names = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);

const newKey = (name: string, who = admin()) =>
  createApiKey(w.as(who), w.spaceB, CreateApiKeyInput.parse({ name })).then(value);
const keyNames = async () =>
  value(await listApiKeys(w.as(admin()), w.spaceB))
    .map((k) => k.name)
    .sort();

const newForm = (name: string, who = admin()) =>
  createWebForm(
    w.as(who),
    w.spaceB,
    CreateWebFormInput.parse({
      name,
      fields: ['email'],
      allowedOrigins: ['https://www.example.com'],
      confirmation: { en: 'Thank you' },
    }),
  ).then(value);
const formNames = async () =>
  value(await listWebForms(w.as(admin()), w.spaceB))
    .map((f) => f.name)
    .sort();

describe('a space’s API keys and web forms, changed by admins at once', () => {
  it('keeps every key created at the same time, and those created while others are revoked', async () => {
    const created = await Promise.all(
      names(5, 'Key').map((name, i) => newKey(name, i % 2 ? otherAdmin() : admin())),
    );
    expect(await keyNames()).toEqual(names(5, 'Key'));

    await Promise.all([
      revokeApiKey(w.as(admin()), w.spaceB, created[0]!.id).then(value),
      revokeApiKey(w.as(otherAdmin()), w.spaceB, created[1]!.id).then(value),
      newKey('Key 6'),
      newKey('Key 7', otherAdmin()),
    ]);
    expect(await keyNames()).toEqual(['Key 3', 'Key 4', 'Key 5', 'Key 6', 'Key 7']);
  });

  it('keeps every form created at the same time, and those created while others are deleted', async () => {
    const created = await Promise.all(
      names(5, 'Form').map((name, i) => newForm(name, i % 2 ? otherAdmin() : admin())),
    );
    expect(await formNames()).toEqual(names(5, 'Form'));

    await Promise.all([
      deleteWebForm(w.as(admin()), w.spaceB, created[0]!.id).then(value),
      deleteWebForm(w.as(otherAdmin()), w.spaceB, created[1]!.id).then(value),
      newForm('Form 6'),
      newForm('Form 7', otherAdmin()),
    ]);
    expect(await formNames()).toEqual(['Form 3', 'Form 4', 'Form 5', 'Form 6', 'Form 7']);
  });
});
