import { describe, expect, it } from 'vitest';
import { EMPTY_DEVICE_CLASS, emptyDeviceScript } from '../../../src/lib/empty-device.ts';

/** What a run of the script did to the page: whether it marked it, and the links it added to its head. */
interface Done {
  marked: boolean;
  links: Record<string, string>[];
}

/** Runs the script against a stored set of keys and an address fragment. */
function runFull(script: string, stored: Record<string, string> | 'throws', hash = ''): Done {
  const classes = new Set<string>();
  const links: Record<string, string>[] = [];
  const localStorage = {
    getItem: (key: string) => {
      if (stored === 'throws') throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  const document = {
    documentElement: { classList: { add: (name: string) => classes.add(name) } },
    createElement: (tag: string) => ({ tag }),
    head: { append: (link: Record<string, string>) => links.push({ ...link }) },
  };
  new Function('localStorage', 'location', 'document', script)(localStorage, { hash }, document);
  return { marked: classes.has(EMPTY_DEVICE_CLASS), links };
}

/** Whether the script marked the page. */
const run = (script: string, stored: Record<string, string> | 'throws', hash = '') =>
  runFull(script, stored, hash).marked;

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

  it('preloads the data file only when something is saved', () => {
    const script = emptyDeviceScript(['groundwork.charter'], false, '/nb/builder/data.json');
    expect(runFull(script, {})).toEqual({ marked: true, links: [] });
    expect(runFull(script, 'throws')).toEqual({ marked: false, links: [] });
    expect(runFull(script, { 'groundwork.charter': '{}' })).toEqual({
      marked: false,
      links: [
        { tag: 'link', rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/nb/builder/data.json' },
      ],
    });
    expect(runFull(emptyDeviceScript(['groundwork.charter']), { 'groundwork.charter': '{}' }).links).toEqual(
      [],
    );
  });
});
