import type { Translation } from '../../../shell/i18n/message';
import type { leadStatsEn } from './en';

export const leadStatsDe: Translation<typeof leadStatsEn> = {
  'leadStats.title': 'Lead-Statistik',
  'leadStats.open': 'Statistik',
  'leadStats.back': 'Zurück zu den Leads',
  'leadStats.period': 'Zeitraum',
  'leadStats.lastDays': {
    one: 'Letzter {count} Tag',
    other: 'Letzte {count} Tage',
  },
  'leadStats.conversions': 'Konversionen',
  'leadStats.conversionsHint': 'Qualifizierte von allen Leads, die im Zeitraum eingingen',
  'leadStats.bySource': 'Konversionen nach Quelle',
  'leadStats.bySeller': 'Konversionen nach Verkäufer',
  'leadStats.source': 'Quelle',
  'leadStats.seller': 'Verkäufer',
  'leadStats.leads': 'Leads',
  'leadStats.qualified': 'Qualifiziert',
  'leadStats.rate': 'Konversion',
  'leadStats.all': 'Alle Leads',
  'leadStats.freePool': 'Freier Pool',
  'leadStats.empty': 'In diesem Zeitraum sind keine Leads eingegangen.',
  'leadStats.statistics': 'Leads nach Status und Quelle',
  'leadStats.total': 'Gesamt',
  'leadStats.noLeads': 'Dieser Bereich hat noch keine Leads.',
  'leadStats.firstTouch': 'Mittlere Zeit bis zur ersten Bearbeitung',
  'leadStats.firstTouchValue': {
    one: 'Etwa {time}, über {count} bearbeiteten Lead',
    other: 'Etwa {time}, über {count} bearbeitete Leads',
  },
  'leadStats.firstTouchNone': 'Noch kein Lead wurde bearbeitet.',
  'leadStats.minutes': {
    one: '{count} Minute',
    other: '{count} Minuten',
  },
  'leadStats.hours': {
    one: '{count} Stunde',
    other: '{count} Stunden',
  },
  'leadStats.days': {
    one: '{count} Tag',
    other: '{count} Tage',
  },
  'leadStats.intraday': 'Eingänge heute nach Stunde',
  'leadStats.intradayHint':
    'Verglichen mit dem Mittel desselben Wochentags der letzten {weeks} Wochen',
  'leadStats.hour': 'Stunde',
  'leadStats.today': 'Heute',
  'leadStats.average': 'Mittel',
  'leadStats.noArrivals': 'Heute sind noch keine Leads eingegangen.',
  'leadStats.split': 'Aufteilungskontrolle',
  'leadStats.coOwner': 'Mitverantwortlicher',
  'leadStats.splitLeads': 'Aufgeteilte Leads',
  'leadStats.shareSum': 'Summe der Anteile',
  'leadStats.splitEmpty': 'Noch kein Lead ist unter Mitverantwortlichen aufgeteilt.',
};
