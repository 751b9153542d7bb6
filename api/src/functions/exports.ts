import { exportRecords } from '../exports/export-records';
import { registerHttp } from './registry';

registerHttp('exportRecords', {
  methods: ['GET'],
  route: 'exports/{list}',
  authLevel: 'anonymous',
  handler: exportRecords,
});
