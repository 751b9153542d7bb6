import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAB_ROOT } from '../support/tab-bundle';

const SOURCES = join(TAB_ROOT, 'src');
/** The one module that talks HTTP; it types answers from the contract, not by hand. */
const CLIENT = 'shell/api-client.ts';

/** A call that names the answer's type itself: `api.get<Lead>(…)`, `request<T>(…)`, `call<…>(…)`. */
const GENERIC_CALL =
  /(?<!function\s+)\b(?:request|call|fetch\w*|api\.\w+)\s*<(?:[^<>()]|<(?:[^<>()]|<[^<>()]*>)*>)+>\s*\(/g;
/** An answer read past the client: `fetch('/api…')` or `.json() as …`. */
const AROUND_THE_CLIENT = /\bfetch\s*\(\s*[`'"]\/api|\.json\(\)\)?\s+as\s/g;

/** Where a tab module declares an API response type by hand instead of taking the contract's. */
export function handTypedResponses(source: string, file = 'sample.ts'): string[] {
  const patterns = file === CLIENT ? [GENERIC_CALL] : [GENERIC_CALL, AROUND_THE_CLIENT];
  return patterns.flatMap((pattern) =>
    [...source.matchAll(pattern)].map((m) => {
      const line = source.slice(0, m.index).split('\n').length;
      return `${file}:${line}: ${m[0]}`;
    }),
  );
}

async function tabModules(dir = SOURCES): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? tabModules(join(dir, e.name))
        : /\.tsx?$/.test(e.name) && !e.name.includes('.test.')
          ? [join(dir, e.name)]
          : [],
    ),
  );
  return nested.flat();
}

describe('API calls in the tab', () => {
  it('take their response types from the contracts, never by hand', async () => {
    const files = await tabModules();
    expect(files.length).toBeGreaterThan(50);
    const found = await Promise.all(
      files.map(async (path) =>
        handTypedResponses(await readFile(path, 'utf8'), relative(SOURCES, path)),
      ),
    );
    expect(found.flat()).toEqual([]);
  });

  it('are caught when a module names the response type itself', () => {
    const violations = [
      'api.get<Lead>(`/leads/${id}`, signal)',
      "request<Page<Lead>>('GET', '/leads')",
      'call<Opportunity>(getOpportunity, { params: { id } })',
      "fetchJson<Me>('/me')",
      "const me = (await fetch('/api/me').then((r) => r.json())) as Me;",
      'const body = (await response.json()) as { items: Lead[] };',
    ];
    for (const sample of violations) expect(handTypedResponses(sample), sample).toHaveLength(1);
  });

  it('leave typed calls of a contract and ordinary generics alone', () => {
    const fine = [
      'call(getLead, { params: { id }, signal })',
      'const [text, setText] = useState<string>("")',
      'export async function call<C extends AnyContract>(contract: C) {}',
      '<ErrorState error={list.error} onRetry={() => void list.refetch()} />',
    ];
    for (const sample of fine) expect(handTypedResponses(sample), sample).toEqual([]);
  });
});
