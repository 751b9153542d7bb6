import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../model/pipeline';
import { cachedPipelines, PIPELINE_TTL_MS } from './pipeline-cache';
import type { RecordRepository } from './ports';

/** A stored pipeline whose name another instance may change, counting the reads of it. */
function storedPipeline() {
  const state = { name: 'Sales', reads: 0 };
  const repository = {
    async get(tenantId: string, id: string) {
      state.reads += 1;
      return { id, tenantId, name: state.name } as Pipeline;
    },
  };
  // The cache calls only `get` here; the other methods of the port are not reached.
  return { state, repository: repository as unknown as RecordRepository<Pipeline> };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the pipeline cache', () => {
  it('reads a pipeline in use again in the background, before a move would wait for it', async () => {
    const { state, repository } = storedPipeline();
    let now = 0;
    const pipelines = cachedPipelines(repository, () => now);
    expect((await pipelines.get('t', 'p'))?.name).toBe('Sales');
    state.name = 'Renamed';
    now = PIPELINE_TTL_MS * 0.6;
    expect((await pipelines.get('t', 'p'))?.name).toBe('Sales');
    await settle();
    expect(state.reads).toBe(2);
    now = PIPELINE_TTL_MS * 1.05;
    expect((await pipelines.get('t', 'p'))?.name).toBe('Renamed');
    expect(state.reads).toBe(2);
  });

  it('reads an unused pipeline again once it expired', async () => {
    const { state, repository } = storedPipeline();
    let now = 0;
    const pipelines = cachedPipelines(repository, () => now);
    await pipelines.get('t', 'p');
    state.name = 'Renamed';
    now = PIPELINE_TTL_MS;
    expect((await pipelines.get('t', 'p'))?.name).toBe('Renamed');
    expect(state.reads).toBe(2);
  });
});
