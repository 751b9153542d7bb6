import { execute, showCard, type ActionData } from './adaptive';

export const NOTE_VERB = 'record.addNote';

/** "Add note": anyone who may see a lead or deal may note on it, a closed deal too. */
export const noteAction = (data: ActionData) =>
  showCard(
    'Add note',
    [
      {
        type: 'Input.Text',
        id: 'note',
        label: 'Note',
        isMultiline: true,
        isRequired: true,
        maxLength: 2000,
        errorMessage: 'Write the note first',
      },
    ],
    execute('Add note', NOTE_VERB, data),
  );
