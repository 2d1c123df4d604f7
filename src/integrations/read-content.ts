import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentBundle, ContentFile } from '../lib/content-check.ts';

function readYaml(root: string, path: string): ContentFile {
  const file = relative(root, path);
  try {
    return { file, data: parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { file, data: undefined, parseError: (error as Error).message.split('\n')[0] };
  }
}

function readJson(root: string, path: string): ContentFile {
  const file = relative(root, path);
  try {
    return { file, data: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { file, data: undefined, parseError: (error as Error).message.split('\n')[0] };
  }
}

function readMdx(root: string, path: string): ContentFile {
  const file = relative(root, path);
  const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match)
    return { file, data: undefined, parseError: 'The file must start with frontmatter between --- lines' };
  try {
    const bodyStart = (match[1] ?? '').split('\n').length + 3;
    return { file, data: parse(match[1] ?? ''), body: match[2] ?? '', bodyStart };
  } catch (error) {
    return { file, data: undefined, body: match[2], parseError: (error as Error).message.split('\n')[0] };
  }
}

function list(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(ext))
    .map((d) => join(dir, d.name))
    .sort();
}

/**
 * Reads every content file under `<root>/content`, and the interface strings in `<root>/src/i18n`,
 * into a bundle for {@link checkContent}.
 */
export function readContent(root: string): ContentBundle {
  const content = join(root, 'content');
  const perLanguage = (folder: string) => {
    const dir = join(content, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => list(join(dir, d.name), '.mdx').map((p) => readMdx(root, p)));
  };
  const sitePath = join(content, 'site.yaml');
  const glossaryPath = join(content, 'glossary.yaml');
  const searchPath = join(content, 'search.yaml');
  return {
    guides: perLanguage('guides'),
    pages: perLanguage('pages'),
    rules: list(join(content, 'rules'), '.yaml').map((p) => readYaml(root, p)),
    presets: list(join(content, 'presets'), '.yaml').map((p) => readYaml(root, p)),
    sources: list(join(content, 'sources'), '.yaml').map((p) => readYaml(root, p)),
    site: existsSync(sitePath) ? readYaml(root, sitePath) : undefined,
    glossary: existsSync(glossaryPath) ? readYaml(root, glossaryPath) : undefined,
    strings: list(join(root, 'src', 'i18n'), '.json').map((p) => readJson(root, p)),
    search: existsSync(searchPath) ? readYaml(root, searchPath) : undefined,
  };
}
