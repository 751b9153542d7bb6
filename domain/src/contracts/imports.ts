import {
  CreateImportInput,
  ImportJob,
  ImportPartInput,
  ImportPreview,
  ImportProblemPage,
  ListImportProblemsInput,
  SetImportMappingInput,
} from '../model/import-job';
import { contract, itemsOf } from './contract';

const tag = 'imports';

export const createImport = contract({
  name: 'createImport',
  roundTrips: 4,
  method: 'POST',
  path: '/imports',
  summary: 'Announce a CSV or vCard file to import into a space; its parts follow',
  tag,
  body: CreateImportInput,
  response: ImportJob,
  idempotent: true,
});

export const appendImportPart = contract({
  name: 'appendImportPart',
  roundTrips: 3,
  method: 'POST',
  path: '/imports/{id}/parts',
  summary: 'Upload the next part of the file (base64); the last one guesses the mapping',
  tag,
  body: ImportPartInput,
  response: ImportJob,
});

export const previewImport = contract({
  name: 'previewImport',
  roundTrips: 1,
  method: 'GET',
  path: '/imports/{id}/preview',
  summary: 'The first rows of the file as they will be stored, or why not',
  tag,
  response: ImportPreview,
});

export const setImportMapping = contract({
  name: 'setImportMapping',
  roundTrips: 3,
  method: 'PUT',
  path: '/imports/{id}/mapping',
  summary: "Set the import's column mapping, maybe as the tenant's default",
  tag,
  body: SetImportMappingInput,
  response: ImportJob,
});

export const startImport = contract({
  name: 'startImport',
  roundTrips: 2,
  method: 'POST',
  path: '/imports/{id}/start',
  summary: 'Start importing in the background',
  tag,
  response: ImportJob,
});

export const getImport = contract({
  name: 'getImport',
  roundTrips: 1,
  method: 'GET',
  path: '/imports/{id}',
  summary: 'One of my imports with its progress',
  tag,
  response: ImportJob,
});

export const listImports = contract({
  name: 'listImports',
  roundTrips: 1,
  method: 'GET',
  path: '/imports',
  summary: 'My latest imports, newest first',
  tag,
  response: itemsOf(ImportJob),
});

export const listImportProblems = contract({
  name: 'listImportProblems',
  roundTrips: 2,
  method: 'GET',
  path: '/imports/{id}/problems',
  summary: 'The rows an import left out: line, column, reason and the row as it was',
  tag,
  query: ListImportProblemsInput,
  response: ImportProblemPage,
});
