import type { CrmStore } from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';

/**
 * The services for one dispatch, with the reads its cards share made once: every recipient's
 * card names the same actor and owner, shows the same pipeline, and checks preferences the
 * recipient rule already read. Scoped to one dispatch, so nothing stale outlives it.
 */
export function readOnce(services: BotServices): BotServices {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let pending = memo.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = read();
      memo.set(key, pending);
    }
    return pending;
  };
  const { store, state } = services;
  const users: CrmStore['users'] = {
    ...store.users,
    get: (t, id) => once(`user|${t}|${id}`, () => store.users.get(t, id)),
    listAll: (t) => once(`users|${t}`, () => store.users.listAll(t)),
  };
  const pipelines: CrmStore['pipelines'] = {
    ...store.pipelines,
    get: (t, id) => once(`pipeline|${t}|${id}`, () => store.pipelines.get(t, id)),
  };
  return {
    ...services,
    store: { ...store, users, pipelines },
    state: {
      ...state,
      preferences: {
        ...state.preferences,
        get: (t, u) => once(`prefs|${t}|${u}`, () => state.preferences.get(t, u)),
      },
    },
  };
}
