import { normalizeForSearch } from '../rules/search-text';

type Fields = Record<string, unknown>;

const text = (doc: Fields, field: string) => {
  const value = doc[field];
  return typeof value === 'string' ? value : undefined;
};

/** What a record is found by; rebuilt on every write so it never holds erased data. */
export function searchTextOf(doc: Fields): string | undefined {
  const t = (...fields: string[]) => normalizeForSearch(...fields.map((f) => text(doc, f)));
  switch (doc.type) {
    case 'lead':
      return t('firstName', 'lastName', 'company', 'email');
    case 'contact':
      return t('firstName', 'lastName', 'email', 'jobTitle');
    case 'account':
      return t('name', 'email', 'website', 'industry', 'registrationNumber', 'vatNumber');
    case 'opportunity':
      return t('name');
    default:
      return undefined;
  }
}

const NO_CLOSE_DATE = '9999-12-31';

/** Sort keys that always exist, so ORDER BY and keyset paging never meet undefined. */
export function sortFieldsOf(doc: Fields) {
  const personal = doc.type === 'lead' || doc.type === 'contact';
  const name = personal
    ? normalizeForSearch(text(doc, 'lastName'), text(doc, 'firstName'))
    : normalizeForSearch(text(doc, 'name'));
  const amount = doc.amount as { amount?: unknown } | undefined;
  return {
    sortName: name,
    sortAmount: typeof amount?.amount === 'number' ? amount.amount : 0,
    sortCloseDate: text(doc, 'expectedCloseDate') ?? NO_CLOSE_DATE,
  };
}
