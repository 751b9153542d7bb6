import type { z } from 'zod';

/**
 * Whether an answer of this schema may hold a record's next activity: a `nextActivity` field
 * anywhere in it, or a part the schema leaves open (unknown, any, custom), which might.
 */
export function answersCarryNextActivity(schema: z.ZodType | undefined): boolean {
  return schema !== undefined && carries(schema, new Set());
}

// Every zod schema is one of zod's own kinds, whose definitions `$ZodTypes` tells apart by
// `type`; TypeScript cannot see that a schema is one of them.
const kindOf = (schema: z.core.$ZodType) => schema as unknown as z.core.$ZodTypes;

function carries(schema: z.core.$ZodType, seen: Set<z.core.$ZodType>): boolean {
  // A recursive schema (z.lazy) comes back to itself: what it holds is already being looked at.
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = kindOf(schema)._zod.def;
  const any = (...parts: (z.core.$ZodType | undefined)[]) =>
    parts.some((part) => part !== undefined && carries(part, seen));
  switch (def.type) {
    case 'any':
    case 'unknown':
    case 'custom':
      return true;
    case 'object':
      return 'nextActivity' in def.shape || any(...Object.values(def.shape), def.catchall);
    case 'array':
      return any(def.element);
    case 'record':
    case 'map':
      return any(def.keyType, def.valueType);
    case 'set':
      return any(def.valueType);
    case 'tuple':
      return any(...def.items, def.rest ?? undefined);
    case 'union':
      return any(...def.options);
    case 'intersection':
      return any(def.left, def.right);
    case 'pipe':
      return any(def.in, def.out);
    case 'lazy':
      return any(def.getter());
    case 'optional':
    case 'nullable':
    case 'nonoptional':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'success':
    case 'promise':
      return any(def.innerType);
    default:
      return false;
  }
}
