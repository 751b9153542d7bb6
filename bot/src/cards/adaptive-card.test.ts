import { describe, expect, it } from 'vitest';
import { card, execute, showCard, text, type ActionData } from './adaptive';
import type { AdaptiveCard, CardAction, CardElement, SelectAction } from './adaptive-card';

const data: ActionData = { recordType: 'lead', recordId: 'r', version: 1, actionId: 'a' };

/*
 * The type checks below fail `tsc -b` (and so the build) when the card types stop refusing
 * a misspelt element, property or value: each `@ts-expect-error` must meet an error.
 */
describe('card JSON types', () => {
  it('refuse misspelt elements, properties and values', () => {
    const elements: CardElement[] = [
      // @ts-expect-error: no such element
      { type: 'TextBlok', text: 'x' },
      // @ts-expect-error: misspelt property
      { type: 'TextBlock', text: 'x', wieght: 'bolder' },
      // @ts-expect-error: not a colour of the schema
      { type: 'TextBlock', text: 'x', color: 'red' },
      // @ts-expect-error: a FactSet needs its facts
      { type: 'FactSet' },
      // @ts-expect-error: an input needs the id its value is sent under
      { type: 'Input.Text', label: 'Note' },
      // @ts-expect-error: a choice is a title and a value
      { type: 'Input.ChoiceSet', id: 'stageId', choices: [{ label: 'Won', value: 'won' }] },
      // @ts-expect-error: a column set holds columns, not items
      { type: 'ColumnSet', items: [] },
    ];
    const actions: CardAction[] = [
      // @ts-expect-error: Action.Execute needs its verb
      { type: 'Action.Execute', title: 'Go', data },
      // @ts-expect-error: misspelt url
      { type: 'Action.OpenUrl', title: 'Open', href: 'https://example.com' },
    ];
    // @ts-expect-error: a tap on a container cannot show a card
    const tap: SelectAction = showCard('More', [], execute('Go', 'record.follow', data));
    // @ts-expect-error: not a verb any card route takes
    const unknownVerb = execute('Go', 'record.archive', data);
    // @ts-expect-error: only TextBlock properties go with a text
    const extra = text('x', { facts: [] });
    expect([...elements, ...actions, tap, unknownVerb, extra]).toHaveLength(12);
  });

  it('build a version 1.5 card, without an empty action list', () => {
    const built: AdaptiveCard = card([text('Hello')]);
    expect(built).toEqual({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'Hello', wrap: true }],
    });
    const followed = card([], [execute('Follow', 'record.follow', data)]);
    expect(followed.actions).toEqual([
      { type: 'Action.Execute', title: 'Follow', verb: 'record.follow', data },
    ]);
  });
});
