import { fillParams, type DomainError } from '@channel-crm/domain';
import type { CardText } from './card-text';

/** What a refused action says in the viewer's language; a bad input names what was wrong. */
export function errorText(error: DomainError, t: CardText): string {
  const keys = error.kind === 'validation' && error.fields.length > 0 ? error.fields : [error];
  return keys.map((key) => fillParams(t.errors[key.code], key.params)).join(' ');
}
