/**
 * Every rendering of a charter, for tests: the screen (preview and review
 * step), the print copy and the `.html` file (all `CharterDocument`), the
 * Markdown and the plain text; and Markdown rendered the way a hostile
 * renderer would (raw HTML on, bare links turned into links).
 */
import MarkdownIt from 'markdown-it';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { CharterDocument } from '../../src/components/charter/CharterDocument.tsx';
import { renderCharter } from '../../src/islands/builder/on-demand/html-body.tsx';
import type { Charter } from '../../src/lib/charter/charter.ts';
import { charterHtmlFile } from '../../src/lib/charter/on-demand/html-file.ts';
import { charterToMarkdown } from '../../src/lib/charter/on-demand/markdown.ts';
import { charterToText } from '../../src/lib/charter/on-demand/plain-text.ts';
import { stripControls } from '../../src/lib/charter/text.ts';

/** The renderer the Markdown export must survive: raw HTML allowed and bare links turned into links. */
export const md = new MarkdownIt({ html: true, linkify: true });

/** The charter as the builder shows it on screen (live preview and review step). */
export function renderScreen(charter: Charter): string {
  return renderToString(h(CharterDocument, { charter, screen: true }));
}

/** The charter's print copy. */
export function renderPrint(charter: Charter): string {
  return renderToString(h(CharterDocument, { charter, level: 1 }));
}

/** The charter's `.html` file, made the way the builder makes it. */
export function renderHtmlFile(charter: Charter): string {
  return charterHtmlFile({ charter, ...renderCharter(charter) });
}

/** Every rendering of a charter. */
export function allOutputs(charter: Charter): Record<'screen' | 'print' | 'html' | 'md' | 'txt', string> {
  return {
    screen: renderScreen(charter),
    print: renderPrint(charter),
    html: renderHtmlFile(charter),
    md: charterToMarkdown(charter),
    txt: charterToText(charter),
  };
}

/** The headings of a charter, in order, as every format must have them. */
export function expectedHeadings(c: Charter, top: 1 | 2 = 1): { level: number; text: string }[] {
  const heading = (level: number, text: string) => ({ level, text: collapse(stripControls(text)) });
  return [
    heading(top, c.title),
    ...c.sections.flatMap((s) => [
      heading(top + 1, s.heading),
      ...s.blocks.flatMap((b) =>
        b.kind === 'rules' ? b.themes.map((th) => heading(top + 2, th.heading)) : [],
      ),
    ]),
  ];
}

/** Text with every run of white space made one space, and trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Decodes the character references markdown-it and Preact write. */
export function decodeEntities(html: string): string {
  return html.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
  );
}

/** Markdown rendered by markdown-it: its tags, headings and visible text. */
export function renderMarkdown(source: string) {
  const html = md.render(source);
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
  const headings = [...html.matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: collapse(decodeEntities(m[2]!.replace(/<[^>]*>/g, ' '))),
  }));
  const text = decodeEntities(html.replace(/<[^>]*>/g, ' '));
  return { html, tags, headings, text };
}

/** Tags a rendering of the Markdown export may contain. */
export const MARKDOWN_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'br',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** How many times a string occurs, without overlaps. */
export function count(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n += 1;
  return n;
}

/** ASCII control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex
export const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/**
 * Lines of the plain text that start at the margin but are not the charter's own structure: a
 * heading and its underline, a label, or a sentence the builder wrote. Typed text must never be one.
 */
export function marginLinesNotOurs(charter: Charter, txt: string): string[] {
  const one = (t: string) =>
    stripControls(t)
      .replace(/[ \t]*\n[ \t\n]*/g, ' ')
      .trim();
  const ours = new Set<string>([
    one(charter.title),
    one(charter.subtitle),
    one(charter.agreement),
    one(charter.footer),
  ]);
  for (const s of charter.sections) {
    ours.add(one(s.heading));
    for (const b of s.blocks) {
      if (b.kind === 'rules') for (const th of b.themes) ours.add(`${one(th.heading)}:`);
      if (b.kind === 'rows')
        for (const r of b.rows) ours.add(r.own ? `${one(r.label)}:` : `${one(r.label)}: ${one(r.value)}`);
      if (b.kind === 'paragraph' && !b.own) ours.add(one(b.text));
      if (b.kind === 'table' && b.foot) ours.add(one(b.foot));
      if (b.kind === 'table' && b.table === 'outline') ours.add(b.head.map(one).join(' — '));
      if (b.kind === 'table' && b.table === 'signatures') {
        const [n = '', sig = '', d = ''] = b.head;
        ours.add(`${n}: ____________________  ${sig}: ____________________  ${d}: __________`);
      }
      if (b.kind === 'crisis') [b.crisis.heading, b.crisis.elsewhere].forEach((x) => ours.add(one(x)));
    }
  }
  const lines = txt.split('\n');
  return lines.filter((line, i) => {
    if (line === '' || line.startsWith(' ') || line.startsWith('- ')) return false;
    // The first line is the title: the group's name, which is the heading (whatever it looks like).
    if (i === 0) return line !== one(charter.title);
    if (/^[=-]{3,}$/.test(line)) return !ours.has(lines[i - 1] ?? '');
    return !ours.has(line);
  });
}
