export type RouteTemplate<T> = { methods: string[]; template: string; target: T };

type Compiled<T> = RouteTemplate<T> & { pattern: RegExp; names: string[]; literals: number };

export type RouteMatch<T> = { target: T; params: Record<string, string> };

/** Matches `/api/<route>` against Azure Functions route templates (`leads/{id}/qualify`). */
export function createRouteMatcher<T>(templates: RouteTemplate<T>[], prefix = '/api/') {
  const compiled: Compiled<T>[] = templates.map((t) => {
    const names: string[] = [];
    const segments = t.template.split('/');
    const source = segments
      .map((segment) => {
        const param = segment.match(/^\{([a-zA-Z]+)(?::[^}]*)?\}$/);
        if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(param[1]!);
        return '([^/]+)';
      })
      .join('/');
    return {
      ...t,
      names,
      pattern: new RegExp(`^${source}$`),
      literals: segments.length - names.length,
    };
  });
  return (method: string, pathname: string): RouteMatch<T> | 'method_not_allowed' | undefined => {
    if (!pathname.startsWith(prefix)) return undefined;
    const path = pathname.slice(prefix.length);
    const matches = compiled
      .map((c) => ({ c, m: c.pattern.exec(path) }))
      .filter((x): x is { c: Compiled<T>; m: RegExpExecArray } => x.m !== null)
      .sort((a, b) => b.c.literals - a.c.literals);
    if (matches.length === 0) return undefined;
    const hit = matches.find((x) => x.c.methods.includes(method.toUpperCase()));
    if (!hit) return 'method_not_allowed';
    const params: Record<string, string> = {};
    hit.c.names.forEach((name, i) => {
      params[name] = safeDecode(hit.m[i + 1]!);
    });
    return { target: hit.c.target, params };
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
