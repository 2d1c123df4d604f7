import { describe, expect, it } from 'vitest';
import { EMPTY_DEVICE_CLASS, emptyDeviceScript } from '../../../src/lib/empty-device.ts';

/** Runs the script against a stored set of keys and an address fragment; returns whether it marked the page. */
function run(script: string, stored: Record<string, string> | 'throws', hash = ''): boolean {
  const classes = new Set<string>();
  const localStorage = {
    getItem: (key: string) => {
      if (stored === 'throws') throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  const document = { documentElement: { classList: { add: (name: string) => classes.add(name) } } };
  new Function('localStorage', 'location', 'document', script)(localStorage, { hash }, document);
  return classes.has(EMPTY_DEVICE_CLASS);
}

describe('emptyDeviceScript', () => {
  const one = emptyDeviceScript(['groundwork.charter']);
  const two = emptyDeviceScript(['groundwork.charter', 'groundwork.together'], true);

  it.each([
    ['nothing saved', one, {}, '', true],
    ['a draft saved', one, { 'groundwork.charter': '{}' }, '', false],
    ['an empty string saved', one, { 'groundwork.charter': '' }, '', false],
    ['another key only', one, { 'groundwork.together': '{}' }, '', true],
    ['nothing saved, two keys', two, {}, '', true],
    ['a walk saved', two, { 'groundwork.together': '{}' }, '', false],
    ['a share link in the address', two, {}, '#d=abc', false],
    ['a link fragment, when it is not asked about', one, {}, '#d=abc', true],
    ['storage that throws', two, 'throws', '', false],
  ] as const)('%s', (_name, script, stored, hash, marked) => {
    expect(run(script, stored, hash)).toBe(marked);
  });
});
