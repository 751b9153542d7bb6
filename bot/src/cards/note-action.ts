import { execute, showCard, type ActionData } from './adaptive';
import type { CardText } from './card-text';

export const NOTE_VERB = 'record.addNote';

/** "Add note": anyone who may see a lead or deal may note on it, a closed deal too. */
export const noteAction = (data: ActionData, t: CardText) =>
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
    execute(t.addNote, NOTE_VERB, data),
  );
