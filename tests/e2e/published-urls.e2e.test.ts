/**
 * Published addresses are permanent: every address in
 * tests/fixtures/published-urls.txt must still resolve in the build — the
 * page, its #fragment, and for the builder the ?preset it names. Add new
 * addresses to the list when they are published; never remove one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor } from '../support/links-check.ts';
import { distDir } from '../support/browser.ts';

const listed = readFileSync(new URL('../fixtures/published-urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

it('lists the addresses every later change must keep', () => {
  expect(listed.length).toBeGreaterThan(60);
});

describe.each(listed)('%s', (address) => {
  it('still resolves', () => {
    const url = new URL(address, 'http://site.test');
    const file = fileFor(distDir, url.pathname);
    expect(file, 'page').toBeDefined();
    const html = readFileSync(file!, 'utf8');
    if (url.hash)
      expect(html, `#${url.hash.slice(1)}`).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
    const preset = url.searchParams.get('preset');
    if (preset) {
      // The builder offers the preset a link names: its first step, rendered on the server, shows it.
      expect(html, `preset ${preset}`).toContain(`id="preset-${preset}"`);
    }
  });
});
