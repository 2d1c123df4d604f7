/**
 * The colour tokens (src/styles/tokens.css): each is written once as light-dark(light, dark), and a
 * browser without light-dark() gets every one of them in its light value, so no colour is left
 * invalid there (buttons and boxes without colour).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** The custom properties declared in a block of CSS, by name. */
function declarations(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--gw-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const fallbackAt = css.indexOf('@supports not (color: light-dark(');
const main = declarations(css.slice(0, fallbackAt));
const fallback = declarations(css.slice(fallbackAt));
const paired = [...main].filter(([, value]) => value.startsWith('light-dark('));

describe('colour tokens', () => {
  test('there is a fallback block, and the colours use light-dark()', () => {
    expect(fallbackAt).toBeGreaterThan(0);
    expect(paired.length).toBeGreaterThan(10);
  });

  test.each(paired)('%s has its light value where light-dark() is not known', (name, value) => {
    const light = /^light-dark\(\s*([^,]+?)\s*,/.exec(value)?.[1];
    expect(fallback.get(name)).toBe(light);
  });

  test('the fallback declares nothing the main block does not pair', () => {
    const names = new Set(paired.map(([name]) => name));
    for (const name of fallback.keys()) expect(names.has(name), name).toBe(true);
  });
});
