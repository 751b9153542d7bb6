import type { StoredDocument } from './stored-document';

/** The shape every document type is written in today. */
export const SCHEMA_VERSION = 1;

type Migration = (doc: StoredDocument) => StoredDocument;

const withDefaults =
  (defaults: Record<string, unknown>): Migration =>
  (doc) => {
    const filled: StoredDocument = { ...doc };
    for (const [field, value] of Object.entries(defaults)) {
      if (filled[field] === undefined || filled[field] === null) filled[field] = value;
    }
    return filled;
  };

const roles = { participantIds: [], subscriberIds: [], coOwnerIds: [], tags: [] };

/**
 * Per type, the migrations from each older schemaVersion to the next. Version 0 is a document
 * written before schemaVersion existed: list fields and flags were left out when empty.
 */
const MIGRATIONS: Record<string, Record<number, Migration>> = {
  lead: { 0: withDefaults({ ...roles, archived: false, searchText: '' }) },
  opportunity: {
    0: withDefaults({ ...roles, accountIds: [], locked: false, searchText: '' }),
  },
  account: {
    0: withDefaults({
      tags: [],
      spaceIds: [],
      global: false,
      private: false,
      keyAccount: false,
      kind: 'other',
      searchText: '',
    }),
  },
  contact: {
    0: withDefaults({ tags: [], spaceIds: [], global: false, champion: false, searchText: '' }),
  },
  user: { 0: withDefaults({ spaceIds: [], timeZone: 'UTC', locale: 'en' }) },
  timeline: { 0: withDefaults({ changes: [] }) },
  pipeline: { 0: withDefaults({ isDefault: false }) },
};

/** Upgrades an old document to the current shape; documents already current pass unchanged. */
export function migrate(doc: StoredDocument): StoredDocument {
  let current = doc;
  let version = doc.schemaVersion ?? 0;
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[current.type]?.[version];
    current = step ? step(current) : current;
    version += 1;
  }
  return current.schemaVersion === version ? current : { ...current, schemaVersion: version };
}
