export type RouteTemplate<T> = { methods: string[]; template: string; target: T };

type Compiled<T> = RouteTemplate<T> & { pattern: RegExp; names: string[]; literals: number };

export type RouteMatch<T> = { target: T; params: Record<string, string> };

const segmentCount = (path: string) => path.split('/').length;

/**
 * Matches `/api/<route>` against Azure Functions route templates (`leads/{id}/qualify`). A
 * template matches only paths of its own number of segments, so a request tries those alone,
 * the ones with more literal segments first.
 */
export function createRouteMatcher<T>(templates: RouteTemplate<T>[], prefix = '/api/') {
  const bySegmentCount = new Map<number, Compiled<T>[]>();
  for (const t of templates) {
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
    const compiled: Compiled<T> = {
      ...t,
      names,
      pattern: new RegExp(`^${source}$`),
      literals: segments.length - names.length,
    };
    bySegmentCount.set(segments.length, [...(bySegmentCount.get(segments.length) ?? []), compiled]);
  }
  for (const candidates of bySegmentCount.values())
    candidates.sort((a, b) => b.literals - a.literals);

  return (method: string, pathname: string): RouteMatch<T> | 'method_not_allowed' | undefined => {
    if (!pathname.startsWith(prefix)) return undefined;
    const path = pathname.slice(prefix.length);
    const upperMethod = method.toUpperCase();
    let pathKnown = false;
    for (const candidate of bySegmentCount.get(segmentCount(path)) ?? []) {
      const m = candidate.pattern.exec(path);
      if (!m) continue;
      pathKnown = true;
      if (!candidate.methods.includes(upperMethod)) continue;
      const params: Record<string, string> = {};
      candidate.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1]!);
      });
      return { target: candidate.target, params };
    }
    return pathKnown ? 'method_not_allowed' : undefined;
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
