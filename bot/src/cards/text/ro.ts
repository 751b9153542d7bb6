import { ro as errors } from '@channel-crm/domain/error-texts/ro';
import type { CardText, RecordKind } from './en';

const acc = (r: RecordKind) => (r === 'lead' ? 'acest lead' : 'această oportunitate');
const gen = (r: RecordKind) => (r === 'lead' ? 'acestui lead' : 'acestei oportunități');
const after = (line: string, detail?: string) => (detail ? `${line}: ${detail}` : line);
const plural = new Intl.PluralRules('ro');
const changes = (count: number) => {
  const form = plural.select(count);
  return form === 'one' ? 'modificare' : form === 'few' ? 'modificări' : 'de modificări';
};

export const ro: CardText = {
  stage: 'Etapă',
  status: 'Stare',
  amount: 'Sumă',
  owner: 'Proprietar',
  expectedClose: 'Închidere estimată',
  company: 'Companie',
  opportunityStatus: { open: 'Deschisă', won: 'Câștigată', lost: 'Pierdută' },
  leadStatus: {
    new: 'Nou',
    working: 'În lucru',
    qualified: 'Calificat',
    disqualified: 'Descalificat',
  },
  priority: 'Prioritate',
  leadPriority: { low: 'Scăzută', normal: 'Normală', high: 'Ridicată', urgent: 'Urgentă' },
  claim: 'Preia',
  claimedBy: 'Preluat de',
  moveStage: 'Schimbare etapă',
  move: 'Mutare',
  markWonLost: 'Câștigată / pierdută',
  closeOpportunity: 'Închidere oportunitate',
  addNote: 'Adăugare notă',
  follow: 'Urmărire',
  unfollow: 'Anulare urmărire',
  mute: 'Dezactivare notificări',
  unmute: 'Reactivare notificări',
  openInTab: 'Deschidere în filă',
  openInChannel: 'Deschidere în canal',
  refresh: 'Reîmprospătare',
  newStage: 'Etapă nouă',
  pickStage: 'Alegeți o etapă',
  outcome: 'Rezultat',
  pickOutcome: 'Alegeți câștigată sau pierdută',
  reason: 'Motiv',
  reasonRequired: 'Pentru a închide oportunitatea este necesar un motiv',
  note: 'Notă',
  noteRequired: 'Scrieți mai întâi nota',
  mutedLine:
    'Ați dezactivat notificările pentru această înregistrare: nu primiți carduri despre ea. Le puteți reactiva aici sau în filă.',
  unassigned: 'Neatribuit',
  unknownUser: 'Utilizator necunoscut',
  someone: 'Cineva',
  anonymizedLead: 'Lead anonimizat',
  yourShare: 'Partea ta',
  percent: (basisPoints) =>
    new Intl.NumberFormat('ro', { style: 'percent', maximumFractionDigits: 2 }).format(
      basisPoints / 10_000,
    ),
  headline: {
    stageChanged: (actor, from, to) =>
      `${actor} a mutat această oportunitate din ${from ?? 'etapa ei'} în ${to ?? 'altă etapă'}`,
    won: (actor, reason) => after(`${actor} a marcat această oportunitate ca câștigată`, reason),
    lost: (actor, reason) => after(`${actor} a marcat această oportunitate ca pierdută`, reason),
    ownerChanged: (actor, r) => `${actor} a schimbat proprietarul ${gen(r)}`,
    tookOn: (actor, r) => `${actor} a preluat ${acc(r)}`,
    gaveTo: (actor, r, owner) => `${actor} a atribuit ${acc(r)} utilizatorului ${owner}`,
    gaveToYou: (actor, r) => `${actor} v-a atribuit ${acc(r)}`,
    noteAdded: (actor, excerpt) => after(`${actor} a adăugat o notă`, excerpt),
    startedFollowing: (actor, r) => `${actor} urmărește acum ${acc(r)}`,
    addedFollower: (actor, r, follower) =>
      `${actor} a adăugat utilizatorul ${follower} printre urmăritorii ${gen(r)}`,
    addedYouAsFollower: (actor, r) => `${actor} v-a adăugat printre urmăritorii ${gen(r)}`,
    changed: (actor, r) => `${actor} a modificat ${acc(r)}`,
    possibleDuplicate: (actor, r) => `${actor} a introdus un posibil duplicat pentru ${acc(r)}`,
    split: (actor, share) =>
      share
        ? `${actor} a împărțit acest lead: partea ta este ${share}`
        : `${actor} a împărțit acest lead`,
    routedToYou: (rule) => `Regula „${rule}” v-a atribuit acest lead nou`,
    routed: (rule, owner) =>
      owner
        ? `Regula „${rule}” a atribuit acest lead nou lui ${owner}`
        : `Regula „${rule}” a lăsat acest lead nou în fondul comun`,
  },
  noteAddedNotice: 'Nota dvs. apare în cronologie; urmăritorii sunt anunțați.',
  unmutedNotice: 'Notificări reactivate: veți primi din nou carduri despre aceasta.',
  staleNotice: (who, r) =>
    `${who} a modificat ${acc(r)} după trimiterea cardului dvs., așa că acțiunea nu a fost aplicată. Aceasta este starea actuală.`,
  notAvailable: 'Indisponibil',
  noSuchRecord: 'Această înregistrare nu există sau nu aveți permisiunea să o vedeți.',
  notAllowed: 'Acțiune nepermisă',
  didNotWork: 'Nu a funcționat',
  pipelineMissing: 'Pipeline-ul acestei oportunități lipsește.',
  unknownAction: 'Nu cunoaștem această acțiune de card.',
  cardDamaged: 'Acest card este deteriorat.',
  welcome: 'Bună ziua! Sunt asistentul dvs. CRM.',
  notAUser:
    'Nu sunteți încă utilizator al acestui CRM: deschideți o dată fila CRM, apoi încercați din nou.',
  digestTitle: 'Rezumatul dvs. CRM',
  digestSummary: (count) => `${count} ${changes(count)} la înregistrările pe care le urmăriți`,
  digestMore: (count) => `… și încă ${count}`,
  task: {
    complete: 'Finalizează',
    snooze: 'Amână',
    snoozeHour: '1 oră',
    snoozeTomorrow: 'Mâine 9:00',
    snoozeNextWeek: 'Săptămâna viitoare',
    due: 'Termen',
    record: 'Înregistrare',
    allDay: 'toată ziua',
    busy: 'Ocupat: persoana desemnată partajează doar intervalul.',
    done: (who) => `Finalizată de ${who}.`,
    readOnly: 'Persoana desemnată partajează această sarcină doar în citire.',
    reminderDue: 'Această sarcină este scadentă.',
    reminderOverdue: 'Această sarcină este restantă.',
    assignedToYou: (actor) => `${actor} v-a atribuit această sarcină`,
    completedByOther: (actor) => `${actor} a finalizat sarcina dvs.`,
    snoozedUntil: (when) => `Amânată până la ${when}.`,
    myDay: 'Ziua dvs.',
    overdue: 'Restante',
    today: 'Astăzi',
    nothingDue: 'Nimic de făcut azi și nimic restant.',
    suggestNext: (title, due) => `Planifică în continuare: ${title}, ${due}`,
    suggestionPlanned: (title) => `Planificată: ${title}`,
    completedNotice: (title) => `Finalizată: ${title}`,
  },
  helpIntro:
    'Vă anunț despre oportunitățile pe care le urmăriți și puteți acționa direct din card.',
  helpLines: [
    '**help**: ce pot face',
    '**my deals**: oportunitățile dvs. deschise',
    '**my day**: sarcinile dvs. de azi și cele restante',
    '**find** *text*: lead-urile, oportunitățile, contactele și companiile vizibile pentru dvs. care se potrivesc',
    '**new lead** *nume*, *companie*: un lead nou în CRM-ul acestui canal (sau în primul dvs.)',
  ],
  didNotUnderstand: 'Nu am înțeles.',
  findWhat: 'Spuneți-mi ce să caut, de ex. **find** acme.',
  yourOpenOpportunities: 'Oportunitățile dvs. deschise',
  closesOn: (date) => `închidere ${date}`,
  nothingMatches: (text) => `Niciun rezultat pentru „${text}”`,
  nothingFound: 'Nu s-a găsit nimic.',
  recordKinds: {
    lead: 'Lead',
    opportunity: 'Oportunitate',
    account: 'Companie',
    contact: 'Contact',
  },
  unknownSearch: 'Nu cunosc această căutare.',
  newLeadUsage: 'Spuneți numele și compania lead-ului, de ex. **new lead** Ana Pop, Contoso.',
  newLeadNoSpace: 'Nu faceți încă parte din niciun CRM, deci nu am unde să creez lead-ul.',
  newLeadCreated: 'Lead creat.',
  messageLead: {
    title: 'Lead nou din acest mesaj',
    intro: 'Am completat ce spune mesajul. Verificați, apoi creați lead-ul.',
    firstName: 'Prenume',
    lastName: 'Nume',
    lastNameRequired: 'Numele este obligatoriu',
    email: 'E-mail',
    phone: 'Telefon',
    space: 'Spațiu',
    create: 'Creați lead-ul',
    created: (name) => `Lead creat: ${name}. Cronologia lui trimite la mesaj.`,
    fromMessage: (link) => `Creat dintr-un mesaj Teams: ${link}`,
    noSpace: 'Nu faceți încă parte din niciun spațiu, deci lead-ul nu are unde merge.',
  },
  errors: {
    ...errors,
    validation: 'Verificați ce ați introdus pe card.',
    stale: 'Această înregistrare s-a schimbat de când a fost trimis cardul.',
    precondition_required: 'Reîmprospătați cardul și încercați din nou.',
  },
};
