import { ListTimelineInput, NoteInput, TimelineEntry } from '../model/timeline';
import { contract, pageOf } from './contract';

const tag = 'timeline';

/** The timeline (notes and field history) of any record, and adding a note to it. */
const timelineOf = <Plural extends string>(plural: Plural, singular: string) => ({
  list: contract({
    name: `list${singular}Timeline`,
    roundTrips: 2,
    method: 'GET',
    path: `/${plural}/{id}/timeline`,
    summary: 'Notes and field history (who, when, old → new), newest first',
    tag,
    query: ListTimelineInput,
    response: pageOf(TimelineEntry),
  }),
  addNote: contract({
    name: `add${singular}Note`,
    roundTrips: 6,
    method: 'POST',
    path: `/${plural}/{id}/notes`,
    summary: 'Add a note',
    tag,
    body: NoteInput,
    response: TimelineEntry,
    idempotent: true,
  }),
});

/** Each record type's timeline, by record type. */
export const recordTimeline = {
  lead: timelineOf('leads', 'Lead'),
  opportunity: timelineOf('opportunities', 'Opportunity'),
  account: timelineOf('accounts', 'Account'),
  contact: timelineOf('contacts', 'Contact'),
};

export const editNote = contract({
  name: 'editNote',
  roundTrips: 4,
  method: 'PATCH',
  path: '/notes/{id}',
  summary: 'Edit your own note',
  tag,
  body: NoteInput,
  response: TimelineEntry,
  ifMatch: true,
});

export const deleteNote = contract({
  name: 'deleteNote',
  roundTrips: 4,
  method: 'DELETE',
  path: '/notes/{id}',
  summary: 'Delete your own note',
  tag,
  response: TimelineEntry,
  ifMatch: true,
});
