import type { ActivityView } from '@channel-crm/domain';
import { describe, expect, it } from 'vitest';
import { cardText } from './card-text';
import { taskCard, type TaskCardInput } from './task-card';

const task: ActivityView = {
  type: 'activity',
  id: 'task-1',
  tenantId: 't',
  schemaVersion: 1,
  version: 3,
  createdAt: '2026-03-01T08:00:00.000Z',
  createdBy: 'creator',
  updatedAt: '2026-03-01T08:00:00.000Z',
  updatedBy: 'creator',
  typeId: 'call',
  kind: 'call',
  title: 'Call *Acme* back',
  dueAt: '2026-03-02T14:30:00.000Z',
  allDay: false,
  durationMinutes: 30,
  assigneeId: 'assignee',
  state: 'planned',
  record: { recordType: 'opportunity', recordId: 'deal-1', spaceId: 's', title: 'Fleet renewal' },
  access: 'full',
};
const input = (over: Partial<TaskCardInput> = {}): TaskCardInput => ({
  task,
  viewer: { locale: 'de-DE', timeZone: 'Europe/Berlin' },
  tab: { appId: 'app', entityId: 'my-crm' },
  actionId: 'press-1',
  ...over,
});
const titles = (card: ReturnType<typeof taskCard>) => (card.actions ?? []).map((a) => a.title);

describe('a task’s card', () => {
  it('offers Complete, Snooze and Open to who may change it, due in their zone and language', () => {
    const card = taskCard(input(), cardText('de'));
    expect(titles(card)).toEqual(['Erledigen', 'Zurückstellen', 'In Registerkarte öffnen']);
    const body = JSON.stringify(card.body);
    expect(body).toContain('Call \\\\*Acme\\\\* back');
    expect(body).toContain('15:30');
    expect(card.refresh.userIds).toEqual(['assignee', 'creator']);
  });

  it('shows a read-only colleague the task without its buttons, and a done one who did it', () => {
    const read = taskCard(input({ task: { ...task, access: 'read' } }), cardText('en'));
    expect(titles(read)).toEqual(['Open in tab']);
    expect(JSON.stringify(read.body)).toContain('read-only');
    const done = taskCard(
      input({
        task: { ...task, state: 'done', completedBy: 'colleague' },
        completedByName: 'Ana',
      }),
      cardText('en'),
    );
    expect(titles(done)).toEqual(['Open in tab']);
    expect(JSON.stringify(done.body)).toContain('Done by Ana');
    expect(done.refresh.userIds).toEqual(['assignee', 'creator', 'colleague']);
  });

  it('shows free/busy the slot, never the title or the record', () => {
    const { id, dueAt, allDay, durationMinutes, assigneeId } = task;
    const busy = taskCard(
      input({ task: { id, dueAt, allDay, durationMinutes, assigneeId, busy: true } }),
      cardText('en'),
    );
    const shown = JSON.stringify(busy);
    expect(shown).toContain('Busy');
    expect(shown).not.toContain('Acme');
    expect(shown).not.toContain('Fleet renewal');
    expect(shown).not.toContain('deal-1');
    expect(busy.actions).toBeUndefined();
  });
});
