import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_NAME,
  safeFileName,
  type FileExtension,
} from '../../../../../src/lib/charter/on-demand/file-name.ts';

describe('safeFileName', () => {
  it.each<[string, FileExtension, string]>([
    ['Tirsdagsgruppa på Solvang', 'md', 'tirsdagsgruppa-på-solvang.md'],
    ['Tirsdagsgruppa på Solvang'.normalize('NFD'), 'md', 'tirsdagsgruppa-på-solvang.md'],
    ['Our Group', 'json', 'our-group.json'],
    ['  Anna’s   group!! ', 'txt', 'annas-group.txt'],
    ["Anna's group", 'txt', 'annas-group.txt'],
    ['ÆØÅ æøå', 'html', 'æøå-æøå.html'],
    ['Café Ümlaut', 'csv', 'café-ümlaut.csv'],
    ['Cafe\u0301 U\u0308mlaut', 'csv', 'café-ümlaut.csv'],
    ['Gruppe 2 – høst 2026', 'ics', 'gruppe-2-høst-2026.ics'],
    ['Tirsdagsgruppa kort', 'png', 'tirsdagsgruppa-kort.png'],
    ['שלום עולם', 'md', 'שלום-עולם.md'],
    ['👍🏽 Group 🇳🇴', 'md', 'group.md'],
    ['👍🏽🇳🇴', 'md', 'charter.md'],
    ['../../etc/passwd', 'txt', 'etc-passwd.txt'],
    ['..\\..\\Windows\\system32', 'txt', 'windows-system32.txt'],
    ['C:\\x:y*z?"<>|w', 'txt', 'c-x-y-z-w.txt'],
    ['CON', 'md', 'con-charter.md'],
    ['nul', 'txt', 'nul-charter.txt'],
    ['Com1', 'html', 'com1-charter.html'],
    ['LPT9', 'json', 'lpt9-charter.json'],
    ['con.txt', 'md', 'con-txt.md'],
    ['console', 'md', 'console.md'],
    ['.hidden', 'md', 'hidden.md'],
    ['...', 'md', 'charter.md'],
    ['', 'md', 'charter.md'],
    ['     ', 'md', 'charter.md'],
    ['!?*%&/\\:"<>|', 'md', 'charter.md'],
    ['\u3164\u3164', 'md', 'charter.md'],
    ['\u202Egpj.exe', 'md', 'gpj-exe.md'],
    ['a\u0000b\u0007c', 'md', 'abc.md'],
    ['\u0301\u0301abc', 'md', 'abc.md'],
  ])('%j .%s → %s', (name, ext, expected) => {
    expect(safeFileName(name, ext)).toBe(expected);
  });

  it.each([
    ['', 'members', 'members.csv'],
    ['', '***', 'charter.csv'],
    ['CON', 'members', 'con-members.csv'],
  ])('uses the fallback %j / %j', (name, fallback, expected) => {
    expect(safeFileName(name, 'csv', fallback)).toBe(expected);
  });

  it.each([
    ['a'.repeat(200), 'a'.repeat(60)],
    ['å'.repeat(200).normalize('NFD'), 'å'.repeat(60)],
    ['word '.repeat(40), `${'word-'.repeat(11)}word`],
    ['🇳🇴 '.repeat(100) + 'x', 'x'],
  ])('cuts long names to %#', (name, stem) => {
    const result = safeFileName(name, 'md');
    expect(result).toBe(`${stem}.md`);
    expect(Array.from(result.slice(0, -3)).length).toBeLessThanOrEqual(MAX_FILE_NAME);
  });

  it('gives the same name for NFC and NFD input', () => {
    for (const name of ['Blåbær på Ålesund', 'Øst-Åsen', 'Crème brûlée', 'Ḱǿṏ']) {
      expect(safeFileName(name.normalize('NFD'), 'md')).toBe(safeFileName(name.normalize('NFC'), 'md'));
    }
  });
});
