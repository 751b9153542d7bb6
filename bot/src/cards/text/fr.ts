import { fr as errors } from '@channel-crm/domain/error-texts/fr';
import type { CardText, RecordKind } from './en';

const noun = (r: RecordKind) => (r === 'lead' ? 'piste' : 'opportunité');
const after = (line: string, detail?: string) => (detail ? `${line} : ${detail}` : line);
const one = new Intl.PluralRules('fr');

export const fr: CardText = {
  stage: 'Étape',
  status: 'Statut',
  amount: 'Montant',
  owner: 'Responsable',
  expectedClose: 'Clôture prévue',
  company: 'Entreprise',
  opportunityStatus: { open: 'Ouverte', won: 'Gagnée', lost: 'Perdue' },
  leadStatus: {
    new: 'Nouvelle',
    working: 'En cours',
    qualified: 'Qualifiée',
    disqualified: 'Disqualifiée',
  },
  priority: 'Priorité',
  leadPriority: { low: 'Basse', normal: 'Normale', high: 'Haute', urgent: 'Urgente' },
  claim: 'Prendre',
  moveStage: 'Changer d’étape',
  move: 'Déplacer',
  markWonLost: 'Gagnée / perdue',
  closeOpportunity: 'Clôturer l’opportunité',
  addNote: 'Ajouter une note',
  follow: 'Suivre',
  unfollow: 'Ne plus suivre',
  mute: 'Mettre en sourdine',
  unmute: 'Réactiver',
  openInTab: 'Ouvrir dans l’onglet',
  openInChannel: 'Ouvrir dans le canal',
  refresh: 'Actualiser',
  newStage: 'Nouvelle étape',
  pickStage: 'Choisissez une étape',
  outcome: 'Résultat',
  pickOutcome: 'Choisissez gagnée ou perdue',
  reason: 'Motif',
  reasonRequired: 'Un motif est requis pour clôturer l’opportunité',
  note: 'Note',
  noteRequired: 'Rédigez d’abord la note',
  mutedLine:
    'Vous avez mis ceci en sourdine : aucune carte à ce sujet ne vous parvient. Réactivez-le ici ou dans l’onglet.',
  unassigned: 'Non attribué',
  unknownUser: 'Utilisateur inconnu',
  someone: 'Quelqu’un',
  anonymizedLead: 'Piste anonymisée',
  yourShare: 'Votre part',
  percent: (basisPoints) =>
    new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 2 }).format(
      basisPoints / 10_000,
    ),
  headline: {
    stageChanged: (actor, from, to) =>
      `${actor} a déplacé cette opportunité de ${from ?? 'son étape'} à ${to ?? 'une autre étape'}`,
    won: (actor, reason) => after(`${actor} a marqué cette opportunité comme gagnée`, reason),
    lost: (actor, reason) => after(`${actor} a marqué cette opportunité comme perdue`, reason),
    ownerChanged: (actor, r) => `${actor} a changé le responsable de cette ${noun(r)}`,
    tookOn: (actor, r) => `${actor} a pris en charge cette ${noun(r)}`,
    gaveTo: (actor, r, owner) => `${actor} a attribué cette ${noun(r)} à ${owner}`,
    gaveToYou: (actor, r) => `${actor} vous a attribué cette ${noun(r)}`,
    noteAdded: (actor, excerpt) => after(`${actor} a ajouté une note`, excerpt),
    startedFollowing: (actor, r) => `${actor} suit désormais cette ${noun(r)}`,
    addedFollower: (actor, r, follower) =>
      `${actor} a ajouté ${follower} aux abonnés de cette ${noun(r)}`,
    addedYouAsFollower: (actor, r) => `${actor} vous a ajouté aux abonnés de cette ${noun(r)}`,
    changed: (actor, r) => `${actor} a modifié cette ${noun(r)}`,
    possibleDuplicate: (actor, r) => `${actor} a saisi un doublon possible de cette ${noun(r)}`,
    split: (actor, share) =>
      share
        ? `${actor} a partagé cette piste : votre part est de ${share}`
        : `${actor} a partagé cette piste`,
    routedToYou: (rule) => `La règle « ${rule} » vous a attribué cette nouvelle piste`,
    routed: (rule, owner) =>
      owner
        ? `La règle « ${rule} » a attribué cette nouvelle piste à ${owner}`
        : `La règle « ${rule} » a laissé cette nouvelle piste dans le vivier`,
  },
  noteAddedNotice: 'Votre note figure dans l’historique ; les abonnés en sont informés.',
  unmutedNotice: 'Réactivé : vous recevrez de nouveau des cartes à ce sujet.',
  staleNotice: (who, r) =>
    `${who} a modifié cette ${noun(r)} après l’envoi de votre carte : votre action n’a donc pas été appliquée. Voici l’état actuel.`,
  notAvailable: 'Non disponible',
  noSuchRecord: 'Cet enregistrement n’existe pas ou vous n’êtes pas autorisé à le voir.',
  notAllowed: 'Non autorisé',
  didNotWork: 'Cela n’a pas fonctionné',
  pipelineMissing: 'Le pipeline de cette opportunité est introuvable.',
  unknownAction: 'Cette action de carte nous est inconnue.',
  cardDamaged: 'Cette carte est endommagée.',
  welcome: 'Bonjour ! Je suis votre assistant CRM.',
  notAUser:
    'Vous n’êtes pas encore utilisateur de ce CRM : ouvrez une fois l’onglet CRM, puis réessayez.',
  digestTitle: 'Votre résumé CRM',
  digestSummary: (count) =>
    `${count} ${one.select(count) === 'one' ? 'modification' : 'modifications'} sur les enregistrements que vous suivez`,
  digestMore: (count) => `… et ${count} de plus`,
  task: {
    complete: 'Terminer',
    snooze: 'Reporter',
    snoozeHour: '1 heure',
    snoozeTomorrow: 'Demain 9:00',
    snoozeNextWeek: 'La semaine prochaine',
    due: 'Échéance',
    record: 'Fiche',
    allDay: 'toute la journée',
    busy: 'Occupé : la personne assignée ne partage que le créneau.',
    done: (who) => `Terminée par ${who}.`,
    readOnly: 'La personne assignée partage cette tâche en lecture seule.',
    reminderDue: 'Cette tâche arrive à échéance.',
    reminderOverdue: 'Cette tâche est en retard.',
    assignedToYou: (actor) => `${actor} vous a confié cette tâche`,
    completedByOther: (actor) => `${actor} a terminé votre tâche`,
    snoozedUntil: (when) => `Reportée au ${when}.`,
    myDay: 'Votre journée',
    overdue: 'En retard',
    today: 'Aujourd’hui',
    nothingDue: 'Rien à faire aujourd’hui et rien en retard.',
    suggestNext: (title, due) => `Planifier ensuite : ${title}, ${due}`,
    suggestionPlanned: (title) => `Planifiée : ${title}`,
    completedNotice: (title) => `Terminée : ${title}`,
  },
  helpIntro:
    'Je vous informe des opportunités que vous suivez et vous permets d’agir directement depuis la carte.',
  helpLines: [
    '**help** : ce que je sais faire',
    '**my deals** : vos opportunités ouvertes',
    '**my day** : vos tâches du jour et celles en retard',
    '**find** *texte* : les pistes et opportunités visibles pour vous qui correspondent',
  ],
  didNotUnderstand: 'Je n’ai pas compris.',
  findWhat: 'Dites-moi quoi chercher, par ex. **find** acme.',
  yourOpenOpportunities: 'Vos opportunités ouvertes',
  closesOn: (date) => `clôture le ${date}`,
  nothingMatches: (text) => `Aucun résultat pour « ${text} »`,
  nothingFound: 'Aucun résultat.',
  errors: {
    ...errors,
    validation: 'Vérifiez ce que vous avez saisi sur la carte.',
    stale: 'Cet enregistrement a changé depuis l’envoi de votre carte.',
    precondition_required: 'Actualisez la carte et réessayez.',
  },
};
