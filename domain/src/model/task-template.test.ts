import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldErrorsOf } from '../field-errors';
import {
  CreateTaskTemplateInput,
  PostSaleTemplates,
  SuggestionRulesInput,
  UpdateTaskTemplateInput,
} from './task-template';

const errorsOf = (result: { success: true } | { success: false; error: z.ZodError }) =>
  result.success
    ? []
    : fieldErrorsOf(result.error.issues).map(({ path, code, message }) => ({
        path,
        code,
        message,
      }));

const step = { typeId: 'call', title: 'Call back', delayDays: 2 };

describe('task template input', () => {
  it('takes a name and steps with optional time and duration', () => {
    const input = CreateTaskTemplateInput.parse({
      name: ' Onboarding ',
      steps: [step, { ...step, typeId: 'meeting', time: '09:30', durationMinutes: 60 }],
    });
    expect(input.name).toBe('Onboarding');
    expect(input.steps[1]).toEqual({
      typeId: 'meeting',
      title: 'Call back',
      delayDays: 2,
      time: '09:30',
      durationMinutes: 60,
    });
  });

  it('says which step’s delay is out of range and what the bound is', () => {
    const result = CreateTaskTemplateInput.safeParse({
      name: 'Too slow',
      steps: [
        step,
        { ...step, delayDays: 366 },
        { ...step, delayDays: -1 },
        { ...step, delayDays: 1.5 },
      ],
    });
    expect(errorsOf(result)).toEqual([
      { path: 'steps.1.delayDays', code: 'field.too_big', message: 'at most 365 working days' },
      { path: 'steps.2.delayDays', code: 'field.too_small', message: 'zero or more working days' },
      {
        path: 'steps.3.delayDays',
        code: 'field.invalid_type',
        message: 'a whole number of working days',
      },
    ]);
  });

  it('refuses a time that is not HH:MM on a 24-hour clock', () => {
    for (const time of ['24:00', '9:30', '09:60', '09:30:00']) {
      const result = CreateTaskTemplateInput.safeParse({ name: 'T', steps: [{ ...step, time }] });
      expect(errorsOf(result), time).toEqual([
        {
          path: 'steps.0.time',
          code: 'field.invalid_format',
          message: 'a time of day as HH:MM, from 00:00 to 23:59',
        },
      ]);
    }
  });

  it('refuses a template without tasks and an unknown-looking type id', () => {
    expect(errorsOf(CreateTaskTemplateInput.safeParse({ name: 'Empty', steps: [] }))).toEqual([
      { path: 'steps', code: 'field.too_few', message: 'a template has at least one task' },
    ]);
    expect(
      errorsOf(
        CreateTaskTemplateInput.safeParse({
          name: 'T',
          steps: [{ ...step, typeId: 'Phone Call' }],
        }),
      )[0]?.path,
    ).toBe('steps.0.typeId');
  });

  it('updates the name or the steps, and refuses an update that changes nothing', () => {
    expect(UpdateTaskTemplateInput.parse({ name: 'Renamed' })).toEqual({ name: 'Renamed' });
    expect(errorsOf(UpdateTaskTemplateInput.safeParse({}))).toEqual([
      { path: '', code: 'field.invalid', message: 'Change the name, the tasks or both' },
    ]);
  });
});

describe('suggestion rules and post-sale templates', () => {
  const id = '5a1b2c3d-0000-4000-8000-000000000001';

  it('takes new rules without ids and flags a repeated id where it repeats', () => {
    const rule = { afterTypeId: 'email', suggestTypeId: 'call', delayDays: 2 };
    expect(SuggestionRulesInput.safeParse({ rules: [rule, rule] }).success).toBe(true);
    const repeated = SuggestionRulesInput.safeParse({
      rules: [{ ...rule, id }, rule, { ...rule, id }],
    });
    expect(errorsOf(repeated).map(({ path, message }) => ({ path, message }))).toEqual([
      { path: 'rules.2', message: 'Already in the list' },
    ]);
  });

  it('picks templates for won and lost deals, each once', () => {
    expect(PostSaleTemplates.parse({ won: [id] })).toEqual({ won: [id], lost: [] });
    const repeated = PostSaleTemplates.safeParse({ won: [], lost: [id, id] });
    expect(errorsOf(repeated).map(({ path }) => path)).toEqual(['lost.1']);
  });
});
