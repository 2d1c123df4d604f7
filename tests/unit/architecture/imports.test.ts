/**
 * The layers hold: no import circles anywhere in `src/` (type imports count too), and nothing in
 * `src/lib` or `src/schemas` reaches UI code, at any folder depth.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../support/paths.ts';

const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|astro)$/.test(name) ? [path] : [];
  });
}

/** The project files a file imports (static, type and dynamic imports), by path relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s+['"](\.{1,2}\/[^'"]+)['"]/g),
  ].map((m) => m[1] ?? '');
  return specs
    .map((s) => s.replace(/\?.*$/, ''))
    .filter((s) => /\.(ts|tsx|astro)$/.test(s))
    .map((s) => relative(src, normalize(join(dirname(file), s))));
}

const graph = new Map(files(src).map((f) => [relative(src, f), importsOf(f)]));

describe('imports', () => {
  it('have no circles', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        circles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(circles).toEqual([]);
  });

  it('from lib and schemas never reach UI, at any depth', () => {
    const ui = /^(islands|components|pages|layouts)\//;
    const bad = [...graph]
      .filter(([file]) => /^(lib|schemas)\//.test(file))
      .flatMap(([file, imports]) => imports.filter((i) => ui.test(i)).map((i) => `${file} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('point at files that exist', () => {
    const missing = [...graph].flatMap(([file, imports]) =>
      imports.filter((i) => !graph.has(i)).map((i) => `${file} → ${i}`),
    );
    expect(missing).toEqual([]);
  });
});
