import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

type CompiledQuery = { code: string };

/** The query compiler the embedded server really loads (patches/@zeit+cosmosdb-query…). */
const compile = (query: string): CompiledQuery => {
  const fromServer = createRequire(
    createRequire(import.meta.url).resolve('@vercel/cosmosdb-server'),
  );
  const module = fromServer('@zeit/cosmosdb-query') as { default: (q: string) => CompiledQuery };
  return module.default(query);
};

// Copying the accumulator for every document (`[...$, …]`) makes each query quadratic in the
// container's size; the patch makes the generated reducers push instead.
describe('the embedded server query compiler patch', () => {
  it('collects candidate documents without copying the accumulator', () => {
    const { code } = compile('SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = @type');
    expect(code).toContain('$.push(');
    expect(code).not.toContain('[...$');
  });

  it('expands JOINs without copying the accumulator', () => {
    const { code } = compile('SELECT VALUE c FROM c JOIN t IN c.tags WHERE t = @tag');
    expect(code).not.toContain('[...$');
  });
});
