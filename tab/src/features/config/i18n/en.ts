import type { Messages } from '../../../shell/i18n/message';

export const configEn = {
  'config.title': 'Set up Channel CRM for this channel',
  'config.choose': 'Use an existing space',
  'config.create': 'Or create a new space',
  'config.spaceName': 'Space name',
  'config.ready': 'Press Save to add the tab.',
  'config.show': 'What this tab shows',
  'config.show.space': 'The whole space',
  'config.show.pipeline': "One pipeline's board",
  'config.show.record': 'One record',
  'config.pipeline': 'Pipeline',
  'config.record': 'Record',
  'config.recordHint': 'Search deals, leads, accounts and contacts by name, company or e-mail.',
  'config.recordOption': '{name} ({type})',
  'config.type.opportunity': 'Deal',
  'config.type.lead': 'Lead',
  'config.type.account': 'Account',
  'config.type.contact': 'Contact',
  'config.kept': 'Removing the tab later keeps the space and all its records.',
  'config.meeting.title': 'Add Channel CRM to this meeting',
  'config.meeting.explain':
    "The meeting's tab and side panel show the open deals of the accounts whose contacts are invited, with a note composer for each deal.",
  'config.meeting.tabName': 'Deals',
} as const satisfies Messages;
