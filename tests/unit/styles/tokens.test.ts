/**
 * The colour tokens (src/styles/tokens.css): light colours for every browser, and dark ones in a block
 * for screens whose visitor asked for dark, so a printed page stays light. Plain values, not
 * light-dark(), which older browsers (Safari before 17.5) do not know: every colour would be invalid
 * there, and buttons and boxes would lose their colour.
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

const darkAt = css.indexOf('@media screen and (prefers-color-scheme: dark)');
const light = declarations(css.slice(0, darkAt));
const dark = declarations(css.slice(darkAt));
const colours = [...light].filter(([, value]) => /^#[0-9a-f]{3,8}$/i.test(value));
/** The focus colours are the same in both schemes. */
const SAME = new Set(['--gw-focus', '--gw-focus-text']);

describe('colour tokens', () => {
  test('the dark colours are for screens only, and there is one such block', () => {
    expect(darkAt).toBeGreaterThan(0);
    expect(css.match(/prefers-color-scheme/g)).toHaveLength(1);
    expect(colours.length).toBeGreaterThan(10);
  });

  test('no colour depends on a function older browsers do not know', () => {
    expect(css).not.toMatch(/light-dark\(/);
  });

  test.each(colours.filter(([name]) => !SAME.has(name)))('%s has a dark colour of its own', (name, value) => {
    expect(dark.get(name)).toMatch(/^#[0-9a-f]{3,8}$/i);
    expect(dark.get(name)).not.toBe(value);
  });

  test('the dark block changes nothing that has no light value', () => {
    for (const name of dark.keys()) expect(light.has(name), name).toBe(true);
  });
});
