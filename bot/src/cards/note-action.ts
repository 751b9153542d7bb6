import { execute, showCard, type ActionData } from './adaptive';
import type { ShowCardAction } from './adaptive-card';
import type { CardText } from './card-text';
import { RECORD_VERBS } from './card-verbs';

/** "Add note": anyone who may see a lead or deal may note on it, a closed deal too. */
export const noteAction = (data: ActionData, t: CardText): ShowCardAction =>
  showCard(
    t.addNote,
    [
      {
        type: 'Input.Text',
        id: 'note',
        label: t.note,
        isMultiline: true,
        isRequired: true,
        maxLength: 2000,
        errorMessage: t.noteRequired,
      },
    ],
    execute(t.addNote, RECORD_VERBS.addNote, data),
  );
