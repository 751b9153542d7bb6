/** What the offline checks read from a Bicep file, without a Bicep compiler. */
export type BicepParam = { name: string; hasDefault: boolean; hasDescription: boolean };
export type BicepModule = { name: string; path: string; params: string[] };
export type BicepOutline = { params: BicepParam[]; outputs: string[]; modules: BicepModule[] };

/** The text between the brace at `open` and its match. */
function block(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** Keys at the top level of an object body. */
function topLevelKeys(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (const line of body.split('\n')) {
    const key = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:/.exec(line)?.[1];
    if (depth === 0 && key) keys.push(key);
    for (const char of line) {
      if (char === '{' || char === '[' || char === '(') depth++;
      if (char === '}' || char === ']' || char === ')') depth--;
    }
  }
  return keys;
}

export function outlineBicep(text: string): BicepOutline {
  const lines = text.split('\n');
  const params: BicepParam[] = [];
  lines.forEach((line, i) => {
    const match = /^param\s+(\w+)\s+[^=]+?(=.*)?$/.exec(line.trim());
    if (!match) return;
    let hasDescription = false;
    for (let j = i - 1; j >= 0 && lines[j]!.trim().startsWith('@'); j--) {
      if (lines[j]!.trim().startsWith('@description(')) hasDescription = true;
    }
    params.push({ name: match[1]!, hasDefault: match[2] !== undefined, hasDescription });
  });
  const outputs = [...text.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]!);
  const modules = [...text.matchAll(/^module\s+(\w+)\s+'([^']+)'\s*=\s*\{/gm)].map((m) => {
    const body = block(text, m.index + m[0].length - 1);
    const paramsAt = /(^|\n)\s*params:\s*\{/.exec(body);
    const params = paramsAt
      ? topLevelKeys(block(body, paramsAt.index + paramsAt[0].length - 1))
      : [];
    return { name: m[1]!, path: m[2]!, params };
  });
  return { params, outputs, modules };
}
