import type { Translation } from '../../../shell/i18n/message';
import type { configEn } from './en';

export const configDe: Translation<typeof configEn> = {
  'config.title': 'Channel CRM für diesen Kanal einrichten',
  'config.choose': 'Vorhandenen Bereich verwenden',
  'config.create': 'Oder neuen Bereich erstellen',
  'config.spaceName': 'Name des Bereichs',
  'config.ready': 'Klicken Sie auf „Speichern“, um den Tab hinzuzufügen.',
  'config.show': 'Was dieser Tab zeigt',
  'config.show.space': 'Den ganzen Bereich',
  'config.show.pipeline': 'Das Board einer Pipeline',
  'config.show.record': 'Einen einzelnen Datensatz',
  'config.pipeline': 'Pipeline',
  'config.record': 'Datensatz',
  'config.recordHint': 'Deals, Leads, Accounts und Kontakte nach Name, Firma oder E-Mail suchen.',
  'config.recordOption': '{name} ({type})',
  'config.type.opportunity': 'Verkaufschance',
  'config.type.lead': 'Lead',
  'config.type.account': 'Account',
  'config.type.contact': 'Kontakt',
  'config.kept':
    'Wenn Sie den Tab später entfernen, bleiben der Bereich und alle Datensätze erhalten.',
  'config.meeting.title': 'Channel CRM zu dieser Besprechung hinzufügen',
  'config.meeting.explain':
    'Registerkarte und Seitenbereich der Besprechung zeigen die offenen Verkaufschancen der Accounts, deren Kontakte eingeladen sind, mit einem Notizfeld für jede Verkaufschance.',
  'config.meeting.tabName': 'Verkaufschancen',
};
