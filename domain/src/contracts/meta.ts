import { z } from 'zod';
import { contract } from './contract';

export const openApi = contract({
  name: 'openApi',
  roundTrips: 0,
  method: 'GET',
  path: '/openapi.json',
  summary: 'This document',
  tag: 'meta',
  auth: 'public',
  response: z.record(z.string(), z.unknown()),
});
