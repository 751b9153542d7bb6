import { GetMyFiguresInput, MyFigures } from '../model/my-figures';
import { contract } from './contract';

export const getMyFigures = contract({
  name: 'getMyFigures',
  roundTrips: 7,
  method: 'GET',
  path: '/me/figures',
  summary: "My CRM's figures: open leads and deals, pipeline totals, deals past their close",
  tag: 'me',
  query: GetMyFiguresInput,
  response: MyFigures,
});
