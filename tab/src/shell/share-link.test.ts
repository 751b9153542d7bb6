import type { RecordRef } from '@channel-crm/domain';
import { describe, expect, it } from 'vitest';
import { shareLink } from './share-link';

const LEAD: RecordRef = { type: 'lead', id: '0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01' };

describe('the link a colleague gets', () => {
  it("is the record on the tab's own domain, whatever page it was copied from", () => {
    expect(shareLink(LEAD, 'https://tab.example/?theme=dark#/opportunities')).toBe(
      `https://tab.example/#/leads/${LEAD.id}`,
    );
  });

  it("keeps the tab's path when it is served below the domain's root", () => {
    expect(shareLink({ type: 'opportunity', id: LEAD.id }, 'https://crm.example/tab/#/my')).toBe(
      `https://crm.example/tab/#/opportunities/${LEAD.id}`,
    );
  });
});
