import { afterAll, beforeAll } from 'vitest';
import { newWorld, type World } from './opportunity-test-kit';
import { startTestStore, type TestStore } from './test-store';

/**
 * A test store and a world of its own for the calling test file. Both are filled in before the
 * file's tests run (beforeAll) and the store is closed after them; read them inside tests or
 * hooks, not at module level.
 */
export function worldPerFile(): { test: TestStore; w: World } {
  const test = {} as TestStore;
  const w = {} as World;
  beforeAll(async () => {
    Object.assign(test, await startTestStore());
    Object.assign(w, await newWorld(test.store));
  });
  afterAll(() => test.close());
  return { test, w };
}
