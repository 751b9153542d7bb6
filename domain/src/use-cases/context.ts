import type { Actor, Clock } from '../actor';
import type { CrmStore } from '../store/ports';

export type IdGenerator = { uuid(): string };

export const randomIds: IdGenerator = { uuid: () => crypto.randomUUID() };

/** What every use case receives: who acts, the store, the time and id source. */
export type UseCaseContext = {
  actor: Actor;
  store: CrmStore;
  clock: Clock;
  ids: IdGenerator;
  /** Identifies this request or card action; commits use it to recognise retries. */
  commitId: string;
};
