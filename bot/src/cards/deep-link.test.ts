import { recordOfSubPageId } from '@channel-crm/domain';
import { describe, expect, it } from 'vitest';
import { recordDeepLink } from './deep-link';

const ID = '0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01';

describe('the Open in tab deep link', () => {
  it('opens the personal tab with a subEntityId the tab reads back as the record', () => {
    const url = new URL(recordDeepLink({ appId: 'app-1', entityId: 'my-crm' }, 'opportunity', ID));
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://teams.microsoft.com/l/entity/app-1/my-crm',
    );
    const context = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId: string };
    expect(recordOfSubPageId(context.subEntityId)).toEqual({ type: 'opportunity', id: ID });
  });
});
