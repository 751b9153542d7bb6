import type { Translation } from '../../../shell/i18n/message';
import type { configEn } from './en';

export const configRo: Translation<typeof configEn> = {
  'config.title': 'Configurați Channel CRM pentru acest canal',
  'config.choose': 'Folosiți un spațiu existent',
  'config.create': 'Sau creați un spațiu nou',
  'config.spaceName': 'Numele spațiului',
  'config.ready': 'Apăsați Salvare pentru a adăuga fila.',
  'config.show': 'Ce afișează această filă',
  'config.show.space': 'Întregul spațiu',
  'config.show.pipeline': 'Panoul unui pipeline',
  'config.show.record': 'O singură înregistrare',
  'config.pipeline': 'Pipeline',
  'config.record': 'Înregistrare',
  'config.recordHint':
    'Căutați oferte, lead-uri, conturi și contacte după nume, companie sau e-mail.',
  'config.recordOption': '{name} ({type})',
  'config.type.opportunity': 'Ofertă',
  'config.type.lead': 'Lead',
  'config.type.account': 'Cont',
  'config.type.contact': 'Contact',
  'config.kept': 'Dacă eliminați fila mai târziu, spațiul și toate înregistrările sale rămân.',
  'config.meeting.title': 'Adăugați Channel CRM la această întâlnire',
  'config.meeting.explain':
    'Fila și panoul lateral ale întâlnirii arată oportunitățile deschise ale conturilor ale căror contacte sunt invitate, cu o notă pentru fiecare oportunitate.',
  'config.meeting.tabName': 'Oportunități',
};
