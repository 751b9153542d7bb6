import { Pipeline, PipelineInput } from '../model/pipeline';
import { contract, itemsOf } from './contract';

const tag = 'pipelines';

export const listPipelines = contract({
  name: 'listPipelines',
  roundTrips: 2,
  method: 'GET',
  path: '/spaces/{id}/pipelines',
  summary: "A space's pipelines, the default first",
  tag,
  response: itemsOf(Pipeline),
});

export const createPipeline = contract({
  name: 'createPipeline',
  // One more read (the task templates) when post-sale templates are named.
  roundTrips: 6,
  method: 'POST',
  path: '/spaces/{id}/pipelines',
  summary: 'Create a pipeline with its stages',
  tag,
  body: PipelineInput,
  response: Pipeline,
  idempotent: true,
});

export const updatePipeline = contract({
  name: 'updatePipeline',
  // One more read (the task templates) when post-sale templates are named.
  roundTrips: 4,
  method: 'PUT',
  path: '/pipelines/{id}',
  summary: 'Rename a pipeline or change its stages',
  tag,
  body: PipelineInput,
  response: Pipeline,
  ifMatch: true,
});
