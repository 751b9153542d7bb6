import { describe, expect, it } from 'vitest';
import { createRouteMatcher } from './route-match';

const match = createRouteMatcher([
  { methods: ['GET', 'PATCH'], template: 'opportunities/{id}', target: 'get' },
  { methods: ['GET'], template: 'opportunities/board', target: 'board' },
  { methods: ['PATCH'], template: 'opportunities/{id}/stage', target: 'stage' },
  { methods: ['DELETE'], template: 'leads/{id}/notes/{noteId}', target: 'deleteNote' },
]);

describe('the local host route matcher', () => {
  it('fills parameters from Azure Functions route templates', () => {
    expect(match('PATCH', '/api/opportunities/abc/stage')).toEqual({
      target: 'stage',
      params: { id: 'abc' },
    });
    expect(match('DELETE', '/api/leads/a/notes/b')).toEqual({
      target: 'deleteNote',
      params: { id: 'a', noteId: 'b' },
    });
  });

  it('prefers a literal segment over a parameter', () => {
    expect(match('GET', '/api/opportunities/board')).toMatchObject({ target: 'board' });
  });

  it('falls back to a parameter when the literal route has not the method', () => {
    expect(match('PATCH', '/api/opportunities/board')).toEqual({
      target: 'get',
      params: { id: 'board' },
    });
  });

  it('tells an unknown path from a known path with another method', () => {
    expect(match('GET', '/api/nothing')).toBeUndefined();
    expect(match('GET', '/api/opportunities/a/b/c/d')).toBeUndefined();
    expect(match('PATCH', '/api/opportunities//stage')).toBeUndefined();
    expect(match('GET', '/elsewhere/opportunities/x')).toBeUndefined();
    expect(match('PUT', '/api/opportunities/x')).toBe('method_not_allowed');
  });

  it('decodes parameters and keeps undecodable ones as sent', () => {
    expect(match('GET', '/api/opportunities/a%20b')).toMatchObject({ params: { id: 'a b' } });
    expect(match('GET', '/api/opportunities/%E0%A4%A')).toMatchObject({
      params: { id: '%E0%A4%A' },
    });
  });
});
