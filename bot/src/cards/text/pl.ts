import { pl as errors } from '@channel-crm/domain/error-texts/pl';
import type { CardText, RecordKind } from './en';

// Past tenses agree with the actor's gender, which the bot does not know: "zmienił(a)".
const acc = (r: RecordKind) => (r === 'lead' ? 'ten lead' : 'tę szansę sprzedaży');
const gen = (r: RecordKind) => (r === 'lead' ? 'tego leada' : 'tej szansy sprzedaży');
const after = (line: string, detail?: string) => (detail ? `${line}: ${detail}` : line);
const plural = new Intl.PluralRules('pl');
const changes = (count: number) => {
  const form = plural.select(count);
  return form === 'one' ? 'zmiana' : form === 'few' ? 'zmiany' : 'zmian';
};

export const pl: CardText = {
  stage: 'Etap',
  status: 'Status',
  amount: 'Kwota',
  owner: 'Właściciel',
  expectedClose: 'Planowane zamknięcie',
  company: 'Firma',
  opportunityStatus: { open: 'Otwarta', won: 'Wygrana', lost: 'Przegrana' },
  leadStatus: {
    new: 'Nowy',
    working: 'W toku',
    qualified: 'Zakwalifikowany',
    disqualified: 'Zdyskwalifikowany',
  },
  priority: 'Priorytet',
  leadPriority: { low: 'Niski', normal: 'Normalny', high: 'Wysoki', urgent: 'Pilny' },
  claim: 'Przejmij',
  claimedBy: 'Przejęte przez',
  moveStage: 'Zmień etap',
  move: 'Przenieś',
  markWonLost: 'Wygrana / przegrana',
  closeOpportunity: 'Zamknij szansę sprzedaży',
  addNote: 'Dodaj notatkę',
  follow: 'Obserwuj',
  unfollow: 'Przestań obserwować',
  mute: 'Wycisz',
  unmute: 'Wyłącz wyciszenie',
  openInTab: 'Otwórz w CRM',
  openInChannel: 'Otwórz w kanale',
  refresh: 'Odśwież',
  newStage: 'Nowy etap',
  pickStage: 'Wybierz etap',
  outcome: 'Wynik',
  pickOutcome: 'Wybierz: wygrana lub przegrana',
  reason: 'Powód',
  reasonRequired: 'Aby zamknąć szansę sprzedaży, podaj powód',
  note: 'Notatka',
  noteRequired: 'Najpierw napisz notatkę',
  mutedLine:
    'Wyciszono: nie dostajesz kart na ten temat. Wyciszenie wyłączysz tutaj lub w aplikacji CRM.',
  unassigned: 'Nieprzypisane',
  unknownUser: 'Nieznany użytkownik',
  someone: 'Ktoś',
  anonymizedLead: 'Zanonimizowany lead',
  yourShare: 'Twój udział',
  percent: (basisPoints) =>
    new Intl.NumberFormat('pl', { style: 'percent', maximumFractionDigits: 2 }).format(
      basisPoints / 10_000,
    ),
  headline: {
    stageChanged: (actor, from, to) =>
      `${actor} zmienił(a) etap tej szansy sprzedaży${from ? ` z „${from}”` : ''}${to ? ` na „${to}”` : ''}`,
    won: (actor, reason) => after(`${actor} oznaczył(a) tę szansę sprzedaży jako wygraną`, reason),
    lost: (actor, reason) =>
      after(`${actor} oznaczył(a) tę szansę sprzedaży jako przegraną`, reason),
    ownerChanged: (actor, r) => `${actor} zmienił(a) właściciela ${gen(r)}`,
    tookOn: (actor, r) => `${actor} przypisał(a) sobie ${acc(r)}`,
    gaveTo: (actor, r, owner) => `${actor} przypisał(a) ${acc(r)} użytkownikowi ${owner}`,
    gaveToYou: (actor, r) => `${actor} przypisał(a) Ci ${acc(r)}`,
    noteAdded: (actor, excerpt) => after(`${actor} dodał(a) notatkę`, excerpt),
    startedFollowing: (actor, r) => `${actor} obserwuje teraz ${acc(r)}`,
    addedFollower: (actor, r, follower) =>
      `${actor} dodał(a) użytkownika ${follower} do obserwujących ${acc(r)}`,
    addedYouAsFollower: (actor, r) => `${actor} dodał(a) Cię do obserwujących ${acc(r)}`,
    changed: (actor, r) => `${actor} zmienił(a) ${acc(r)}`,
    possibleDuplicate: (actor, r) => `${actor} wprowadził(a) możliwy duplikat: ${acc(r)}`,
    split: (actor, share) =>
      share
        ? `${actor} podzielił(a) ten lead: Twój udział to ${share}`
        : `${actor} podzielił(a) ten lead`,
    routedToYou: (rule) => `Reguła „${rule}” przydzieliła Ci ten nowy lead`,
    routed: (rule, owner) =>
      owner
        ? `Reguła „${rule}” przydzieliła ten nowy lead: ${owner}`
        : `Reguła „${rule}” zostawiła ten nowy lead w puli`,
  },
  noteAddedNotice: 'Twoja notatka jest na osi czasu; obserwujący dostaną powiadomienie.',
  unmutedNotice: 'Wyłączono wyciszenie: znów będziesz dostawać karty na ten temat.',
  staleNotice: (who, r) =>
    `${who} zmienił(a) ${acc(r)} po wysłaniu Twojej karty, więc Twoja akcja nie została wykonana. Oto aktualny stan.`,
  notAvailable: 'Niedostępne',
  noSuchRecord: 'Ten rekord nie istnieje lub nie masz uprawnień, by go zobaczyć.',
  notAllowed: 'Brak uprawnień',
  didNotWork: 'Nie udało się',
  pipelineMissing: 'Brakuje lejka sprzedaży tej szansy.',
  unknownAction: 'Nie znamy tej akcji karty.',
  cardDamaged: 'Ta karta jest uszkodzona.',
  welcome: 'Dzień dobry! Jestem Twoim asystentem CRM.',
  notAUser:
    'Nie jesteś jeszcze użytkownikiem tego CRM: otwórz raz aplikację CRM w Teams i spróbuj ponownie.',
  digestTitle: 'Twoje podsumowanie CRM',
  digestSummary: (count) => `${count} ${changes(count)} w obserwowanych rekordach`,
  digestMore: (count) => `… i ${count} więcej`,
  task: {
    complete: 'Zakończ',
    snooze: 'Odłóż',
    snoozeHour: '1 godzina',
    snoozeTomorrow: 'Jutro 9:00',
    snoozeNextWeek: 'Przyszły tydzień',
    due: 'Termin',
    record: 'Rekord',
    allDay: 'cały dzień',
    busy: 'Zajęty: osoba przypisana udostępnia tylko termin.',
    done: (who) => `Zakończone przez: ${who}.`,
    readOnly: 'Osoba przypisana udostępnia to zadanie tylko do odczytu.',
    reminderDue: 'Zbliża się termin tego zadania.',
    reminderOverdue: 'To zadanie jest zaległe.',
    assignedToYou: (actor) => `${actor} przypisał(a) Ci to zadanie`,
    completedByOther: (actor) => `${actor} zakończył(a) Twoje zadanie`,
    snoozedUntil: (when) => `Odłożone do ${when}.`,
    myDay: 'Twój dzień',
    overdue: 'Zaległe',
    today: 'Dzisiaj',
    nothingDue: 'Nic na dziś i nic zaległego.',
    suggestNext: (title, due) => `Zaplanuj następne: ${title}, ${due}`,
    suggestionPlanned: (title) => `Zaplanowano: ${title}`,
    completedNotice: (title) => `Zakończone: ${title}`,
  },
  helpIntro:
    'Informuję Cię o obserwowanych szansach sprzedaży i pozwalam działać na nich prosto z karty.',
  helpLines: [
    '**help**: co potrafię',
    '**my deals**: Twoje otwarte szanse sprzedaży',
    '**my day**: Twoje zadania na dziś i zaległe',
    '**find** *tekst*: pasujące leady, szanse sprzedaży, kontakty i firmy, które możesz zobaczyć',
    '**new lead** *nazwisko*, *firma*: nowy lead w CRM tego kanału (lub w Twoim pierwszym)',
  ],
  didNotUnderstand: 'Nie rozumiem.',
  findWhat: 'Napisz, czego szukać, np. **find** acme.',
  yourOpenOpportunities: 'Twoje otwarte szanse sprzedaży',
  closesOn: (date) => `zamknięcie ${date}`,
  nothingMatches: (text) => `Brak wyników dla „${text}”`,
  nothingFound: 'Nic nie znaleziono.',
  recordKinds: {
    lead: 'Lead',
    opportunity: 'Szansa sprzedaży',
    account: 'Firma',
    contact: 'Kontakt',
  },
  unknownSearch: 'Nie znam tego wyszukiwania.',
  newLeadUsage: 'Podaj nazwisko i firmę leada, np. **new lead** Ana Pop, Contoso.',
  newLeadNoSpace: 'Nie należysz jeszcze do żadnego CRM, więc nie mam gdzie dodać leada.',
  newLeadCreated: 'Lead dodany.',
  messageLead: {
    title: 'Nowy lead z tej wiadomości',
    intro: 'Uzupełniliśmy to, co mówi wiadomość. Sprawdź i utwórz lead.',
    firstName: 'Imię',
    lastName: 'Nazwisko',
    lastNameRequired: 'Nazwisko jest wymagane',
    email: 'E-mail',
    phone: 'Telefon',
    space: 'Przestrzeń',
    create: 'Utwórz lead',
    created: (name) => `Utworzono lead: ${name}. Jego oś czasu prowadzi do wiadomości.`,
    fromMessage: (link) => `Utworzono z wiadomości w Teams: ${link}`,
    noSpace: 'Nie należysz jeszcze do żadnej przestrzeni, więc lead nie ma gdzie trafić.',
  },
  errors: {
    ...errors,
    validation: 'Sprawdź, co wpisano na karcie.',
    stale: 'Ten rekord zmienił się od wysłania Twojej karty.',
    precondition_required: 'Odśwież kartę i spróbuj ponownie.',
  },
};
