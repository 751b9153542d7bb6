/** A Teams deep link that opens the record in the CRM tab. */
export type TabLink = { appId: string; entityId: string };

export const recordDeepLink = (tab: TabLink, recordType: string, recordId: string) => {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: `${recordType}:${recordId}` }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId)}/${encodeURIComponent(tab.entityId)}?context=${context}`;
};
