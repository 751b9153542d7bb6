import type { Messages } from '../../../shell/i18n/message';

export const meetingsEn = {
  'meetings.title': 'Deals in {meeting}',
  'meetings.thisMeeting': 'this meeting',
  'meetings.loading': "Looking up the invitees' accounts…",
  'meetings.empty': 'No invitee is a contact of an account you can see.',
  'meetings.partial':
    'Some invitees could not be read: Channel CRM lacks a permission in this organisation.',
  'meetings.outsideMeeting': 'Open this panel from a Teams meeting.',
  'meetings.account': '{account}: open deals',
  'meetings.noDeals': 'No open deal.',
  'meetings.stage': 'Stage',
  'meetings.amount': 'Amount',
  'meetings.next': 'Next activity',
  'meetings.nothingPlanned': 'Nothing planned',
  'meetings.busy': 'Busy',
  'meetings.note': 'Note on {deal}',
  'meetings.addNote': 'Add note',
  'meetings.saved': 'Note saved on the deal.',
  'meetings.notedInMeeting': '{who} wrote a note in meeting {meeting}',
} as const satisfies Messages;
