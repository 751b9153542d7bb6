import { de as errors } from '@channel-crm/domain/error-texts/de';
import type { CardText, RecordKind } from './en';

const acc = (r: RecordKind) => (r === 'lead' ? 'diesen Lead' : 'diese Verkaufschance');
const dat = (r: RecordKind) => (r === 'lead' ? 'diesem Lead' : 'dieser Verkaufschance');
const gen = (r: RecordKind) => (r === 'lead' ? 'dieses Leads' : 'dieser Verkaufschance');
const after = (line: string, detail?: string) => (detail ? `${line}: ${detail}` : line);

export const de: CardText = {
  stage: 'Phase',
  status: 'Status',
  amount: 'Betrag',
  owner: 'Verantwortlich',
  expectedClose: 'Voraussichtlicher Abschluss',
  company: 'Unternehmen',
  opportunityStatus: { open: 'Offen', won: 'Gewonnen', lost: 'Verloren' },
  leadStatus: {
    new: 'Neu',
    working: 'In Bearbeitung',
    qualified: 'Qualifiziert',
    disqualified: 'Disqualifiziert',
  },
  priority: 'Priorität',
  leadPriority: { low: 'Niedrig', normal: 'Normal', high: 'Hoch', urgent: 'Dringend' },
  claim: 'Übernehmen',
  claimedBy: 'Übernommen von',
  moveStage: 'Phase ändern',
  move: 'Verschieben',
  markWonLost: 'Gewonnen / verloren',
  closeOpportunity: 'Verkaufschance schließen',
  addNote: 'Notiz hinzufügen',
  follow: 'Folgen',
  unfollow: 'Nicht mehr folgen',
  mute: 'Stummschalten',
  unmute: 'Stummschaltung aufheben',
  openInTab: 'In Registerkarte öffnen',
  openInChannel: 'Im Kanal öffnen',
  refresh: 'Aktualisieren',
  newStage: 'Neue Phase',
  pickStage: 'Wählen Sie eine Phase',
  outcome: 'Ergebnis',
  pickOutcome: 'Wählen Sie gewonnen oder verloren',
  reason: 'Grund',
  reasonRequired: 'Zum Schließen der Verkaufschance ist ein Grund erforderlich',
  note: 'Notiz',
  noteRequired: 'Schreiben Sie zuerst die Notiz',
  mutedLine:
    'Sie haben dies stummgeschaltet: Sie erhalten keine Karten dazu. Heben Sie die Stummschaltung hier oder in der Registerkarte auf.',
  unassigned: 'Nicht zugewiesen',
  unknownUser: 'Unbekannter Benutzer',
  someone: 'Jemand',
  anonymizedLead: 'Anonymisierter Lead',
  yourShare: 'Ihr Anteil',
  percent: (basisPoints) =>
    new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 2 }).format(
      basisPoints / 10_000,
    ),
  headline: {
    stageChanged: (actor, from, to) =>
      `${actor} hat diese Verkaufschance von ${from ?? 'ihrer Phase'} nach ${to ?? 'einer anderen Phase'} verschoben`,
    won: (actor, reason) =>
      after(`${actor} hat diese Verkaufschance als gewonnen markiert`, reason),
    lost: (actor, reason) =>
      after(`${actor} hat diese Verkaufschance als verloren markiert`, reason),
    ownerChanged: (actor, r) => `${actor} hat den Verantwortlichen ${gen(r)} geändert`,
    tookOn: (actor, r) => `${actor} hat ${acc(r)} übernommen`,
    gaveTo: (actor, r, owner) => `${actor} hat ${acc(r)} ${owner} zugewiesen`,
    gaveToYou: (actor, r) => `${actor} hat Ihnen ${acc(r)} zugewiesen`,
    noteAdded: (actor, excerpt) => after(`${actor} hat eine Notiz hinzugefügt`, excerpt),
    startedFollowing: (actor, r) => `${actor} folgt jetzt ${dat(r)}`,
    addedFollower: (actor, r, follower) =>
      `${actor} hat ${follower} als Follower ${gen(r)} hinzugefügt`,
    addedYouAsFollower: (actor, r) => `${actor} hat Sie als Follower ${gen(r)} hinzugefügt`,
    changed: (actor, r) => `${actor} hat ${acc(r)} geändert`,
    possibleDuplicate: (actor, r) => `${actor} hat ein mögliches Duplikat von ${acc(r)} erfasst`,
    split: (actor, share) =>
      share
        ? `${actor} hat diesen Lead aufgeteilt: Ihr Anteil beträgt ${share}`
        : `${actor} hat diesen Lead aufgeteilt`,
    routedToYou: (rule) => `Die Regel „${rule}“ hat Ihnen diesen neuen Lead zugewiesen`,
    routed: (rule, owner) =>
      owner
        ? `Die Regel „${rule}“ hat diesen neuen Lead ${owner} zugewiesen`
        : `Die Regel „${rule}“ hat diesen neuen Lead im freien Pool gelassen`,
  },
  noteAddedNotice: 'Ihre Notiz steht in der Zeitachse; die Follower werden benachrichtigt.',
  unmutedNotice: 'Stummschaltung aufgehoben: Sie erhalten wieder Karten dazu.',
  staleNotice: (who, r) =>
    `${who} hat ${acc(r)} geändert, nachdem Ihre Karte gesendet wurde, daher wurde Ihre Aktion nicht ausgeführt. Dies ist der aktuelle Stand.`,
  notAvailable: 'Nicht verfügbar',
  noSuchRecord: 'Dieser Datensatz existiert nicht, oder Sie dürfen ihn nicht sehen.',
  notAllowed: 'Nicht erlaubt',
  didNotWork: 'Das hat nicht funktioniert',
  pipelineMissing: 'Die Pipeline dieser Verkaufschance fehlt.',
  unknownAction: 'Diese Kartenaktion kennen wir nicht.',
  cardDamaged: 'Diese Karte ist beschädigt.',
  welcome: 'Hallo! Ich bin Ihr CRM-Assistent.',
  notAUser:
    'Sie sind noch kein Benutzer dieses CRM: Öffnen Sie einmal die CRM-Registerkarte, und versuchen Sie es dann erneut.',
  digestTitle: 'Ihre CRM-Zusammenfassung',
  digestSummary: (count) =>
    `${count} ${count === 1 ? 'Änderung' : 'Änderungen'} an Datensätzen, denen Sie folgen`,
  digestMore: (count) => `… und ${count} weitere`,
  task: {
    complete: 'Erledigen',
    snooze: 'Zurückstellen',
    snoozeHour: '1 Stunde',
    snoozeTomorrow: 'Morgen 9:00',
    snoozeNextWeek: 'Nächste Woche',
    due: 'Fällig',
    record: 'Datensatz',
    allDay: 'ganztägig',
    busy: 'Beschäftigt: die zuständige Person teilt nur den Zeitraum.',
    done: (who) => `Erledigt von ${who}.`,
    readOnly: 'Die zuständige Person teilt diese Aufgabe nur lesend.',
    reminderDue: 'Diese Aufgabe ist fällig.',
    reminderOverdue: 'Diese Aufgabe ist überfällig.',
    assignedToYou: (actor) => `${actor} hat Ihnen diese Aufgabe zugewiesen`,
    completedByOther: (actor) => `${actor} hat Ihre Aufgabe erledigt`,
    snoozedUntil: (when) => `Zurückgestellt bis ${when}.`,
    myDay: 'Ihr Tag',
    overdue: 'Überfällig',
    today: 'Heute',
    nothingDue: 'Heute ist nichts fällig und nichts überfällig.',
    suggestNext: (title, due) => `Als Nächstes planen: ${title}, ${due}`,
    suggestionPlanned: (title) => `Geplant: ${title}`,
    completedNotice: (title) => `Erledigt: ${title}`,
  },
  helpIntro:
    'Ich informiere Sie über Verkaufschancen, denen Sie folgen, und Sie können direkt auf der Karte handeln.',
  helpLines: [
    '**help**: was ich kann',
    '**my deals**: Ihre offenen Verkaufschancen',
    '**my day**: Ihre heute fälligen und überfälligen Aufgaben',
    '**find** *Text*: passende Leads, Verkaufschancen, Kontakte und Firmen, die Sie sehen dürfen',
    '**new lead** *Name*, *Firma*: ein neuer Lead im CRM dieses Kanals (oder in Ihrem ersten)',
  ],
  didNotUnderstand: 'Das habe ich nicht verstanden.',
  findWhat: 'Sagen Sie mir, wonach ich suchen soll, z. B. **find** acme.',
  yourOpenOpportunities: 'Ihre offenen Verkaufschancen',
  closesOn: (date) => `Abschluss ${date}`,
  nothingMatches: (text) => `Keine Treffer für „${text}“`,
  nothingFound: 'Nichts gefunden.',
  recordKinds: {
    lead: 'Lead',
    opportunity: 'Verkaufschance',
    account: 'Firma',
    contact: 'Kontakt',
  },
  unknownSearch: 'Diese Suche kenne ich nicht.',
  newLeadUsage: 'Nennen Sie Name und Firma des Leads, z. B. **new lead** Ana Pop, Contoso.',
  newLeadNoSpace: 'Sie gehören noch keinem CRM an, daher kann ich den Lead nirgends anlegen.',
  newLeadCreated: 'Lead angelegt.',
  messageLead: {
    title: 'Neuer Lead aus dieser Nachricht',
    intro:
      'Wir haben ausgefüllt, was die Nachricht hergibt. Prüfen Sie es und legen Sie den Lead an.',
    firstName: 'Vorname',
    lastName: 'Nachname',
    lastNameRequired: 'Ein Nachname ist erforderlich',
    email: 'E-Mail',
    phone: 'Telefon',
    space: 'Bereich',
    create: 'Lead anlegen',
    created: (name) => `Lead angelegt: ${name}. Sein Verlauf verweist auf die Nachricht.`,
    fromMessage: (link) => `Aus einer Teams-Nachricht angelegt: ${link}`,
    noSpace: 'Sie gehören noch keinem Bereich an, der Lead hätte keinen Platz.',
  },
  errors: {
    ...errors,
    validation: 'Prüfen Sie Ihre Eingaben auf der Karte.',
    stale: 'Dieser Datensatz hat sich seit dem Senden Ihrer Karte geändert.',
    precondition_required: 'Aktualisieren Sie die Karte und versuchen Sie es erneut.',
  },
};
