import type { Translation } from '../../../shell/i18n/message';
import type { myEn } from './en';

export const myPl: Translation<typeof myEn> = {
  'my.title': 'Mój CRM',
  'my.openLeads': 'Moje otwarte leady',
  'my.openDeals': 'Moje otwarte szanse',
  'my.pipelineValue': 'Wartość lejka',
  'my.overdueDeals': 'Moje szanse po planowanej dacie zamknięcia',
  'my.pipelineScope': 'Otwarte etapy w moich przestrzeniach',
  'my.weighted': 'Ważona: {amount}',
  'my.nothingOpen': 'Na razie nic otwartego.',
  'my.spaces': 'Moje przestrzenie',
  'my.outOfOffice': 'Poza biurem',
  'my.outOfOfficeHint':
    'Gdy jesteś nieobecny, rotacja Twoich zespołów Cię pomija i przekazuje nowe leady innym.',
  'my.outOfOfficeOn': 'Jesteś oznaczony jako nieobecny.',
  'my.outOfOfficeOff': 'Wróciłeś: nowe leady znów mogą do Ciebie trafiać.',
  'my.availability': 'Moja dostępność',
};
