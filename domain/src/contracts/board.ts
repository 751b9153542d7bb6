import { Board, GetBoardInput } from '../model/board';
import { contract } from './contract';

export const getBoard = contract({
  name: 'getBoard',
  roundTrips: 9,
  method: 'GET',
  path: '/pipelines/{id}/board',
  summary: 'Board: per-stage figures and the first deals of each stage',
  tag: 'pipelines',
  query: GetBoardInput,
  response: Board,
});
