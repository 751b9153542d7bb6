import * as contracts from '@channel-crm/domain/contracts';
import type { AnyContract } from '@channel-crm/domain/contracts';

const isContract = (value: object): value is AnyContract => 'method' in value && 'path' in value;

const flatten = (value: object): AnyContract[] =>
  isContract(value) ? [value] : Object.values(value).flatMap((v: object) => flatten(v));

/** Every contract the domain declares. */
export const allContracts: AnyContract[] = flatten(contracts);

/** Served by the local host only (sign-in outside Teams), so not in the Functions app. */
export const localOnlyContracts: AnyContract[] = flatten(contracts.devIssuer);
