/** Told the tenant whose users or spaces were just written (roles, memberships, the org chart). */
export type MembershipWriteListener = (tenantId: string) => void;

const listeners = new Set<MembershipWriteListener>();

/**
 * Hears every write of a user or space document by any store of this process, so what is
 * derived from them (the API's actor cache) is dropped whether the API or the bot wrote.
 */
export function onMembershipWrite(listener: MembershipWriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function tellMembershipWrite(tenantId: string): void {
  for (const listener of listeners) listener(tenantId);
}
