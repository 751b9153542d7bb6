import type { Role } from '../model/user';

/** A user as the org chart sees them: who they report to, and their role. */
export type OrgMember = { id: string; role: Role; supervisorId?: string };

/** Everyone below `userId`, directly or not; a corrupt chart with a cycle still ends. */
export function subordinatesOf(members: OrgMember[], userId: string): OrgMember[] {
  const below = new Map<string, OrgMember[]>();
  for (const m of members) {
    if (!m.supervisorId) continue;
    below.set(m.supervisorId, [...(below.get(m.supervisorId) ?? []), m]);
  }
  const found = new Map<string, OrgMember>();
  const queue = [userId];
  while (queue.length > 0) {
    for (const m of below.get(queue.shift()!) ?? []) {
      if (m.id === userId || found.has(m.id)) continue;
      found.set(m.id, m);
      queue.push(m.id);
    }
  }
  return [...found.values()];
}

/** True when making `supervisorId` the supervisor of `userId` would close a loop. */
export function wouldCycle(members: OrgMember[], userId: string, supervisorId: string): boolean {
  return (
    supervisorId === userId || subordinatesOf(members, userId).some((m) => m.id === supervisorId)
  );
}
