import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  headersFile,
  mergePolicies,
  nginxConfig,
  normaliseBase,
  resolveHosting,
} from '../../../src/lib/hosting.ts';

const file = { languages: ['en', 'nb'] as const };

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['selvhjelp', '/selvhjelp/'],
    ['/selvhjelp', '/selvhjelp/'],
    ['//a/b//', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('resolveHosting', () => {
  it('uses the defaults when nothing is set', () => {
    expect(resolveHosting(file, {})).toEqual({ site: undefined, base: '/', languages: ['en', 'nb'] });
  });

  it("takes the file's settings", () => {
    expect(
      resolveHosting({ url: 'https://rehab.example.org', basePath: '/selvhjelp/', languages: ['nb'] }, {}),
    ).toEqual({ site: 'https://rehab.example.org', base: '/selvhjelp/', languages: ['nb'] });
  });

  it('lets the environment override the file', () => {
    expect(
      resolveHosting(
        { url: 'https://a.example', basePath: '/a/', languages: ['en', 'nb'] },
        { SITE_URL: 'https://b.example', BASE_PATH: 'b', SITE_LANGUAGES: 'nb, en' },
      ),
    ).toEqual({ site: 'https://b.example', base: '/b/', languages: ['nb', 'en'] });
  });

  it.each([
    [{ SITE_LANGUAGES: 'de' }, /SITE_LANGUAGES has de/],
    [{ SITE_URL: 'not a url' }, /SITE_URL "not a url" is not a web address/],
    [{ SITE_URL: 'ftp://example.org' }, /must start with https/],
    [{ BASE_PATH: '/sel vhjelp/' }, /BASE_PATH/],
  ])('stops with a clear message for %j', (env, message) => {
    expect(() => resolveHosting(file, env)).toThrow(message);
  });
});

describe('mergePolicies', () => {
  it('gives every source of every directive once, and adds the extra directives', () => {
    const a = "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'";
    const b = "default-src 'self';script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-y';";
    expect(mergePolicies([a, b], { 'frame-ancestors': ["'none'"] })).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'wasm-unsafe-eval'; style-src 'self' 'sha256-x' 'sha256-y'; frame-ancestors 'none'",
    );
  });

  it('gives nothing for no policies', () => {
    expect(mergePolicies([])).toBe('');
  });
});

describe('headersFile and nginxConfig', () => {
  const csp = "default-src 'self'; frame-ancestors 'none'";

  it('writes the headers for every address under the base path, and long caching for build files', () => {
    const file = headersFile(csp, '/selvhjelp/');
    expect(file).toContain(
      `/selvhjelp/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff`,
    );
    expect(file).toContain('  Referrer-Policy: no-referrer');
    expect(file).toContain('/selvhjelp/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/selvhjelp/sw.js\n  Cache-Control: no-cache');
  });

  it('writes an nginx location for the base path with the 404 page, the headers and the caching', () => {
    const conf = nginxConfig(csp, '/selvhjelp/', '/srv/www');
    expect(conf).toContain('root /srv/www;');
    // Compressed text, as the gzip budgets assume (HTML is always compressed once gzip is on).
    expect(conf).toContain('gzip on;');
    expect(conf).toMatch(/gzip_types [^;]*\bapplication\/javascript\b[^;]*\bapplication\/json\b[^;]*;/);
    expect(conf).toMatch(/gzip_types [^;]*\btext\/css\b[^;]*\bimage\/svg\+xml\b/);
    expect(conf).toContain('location /selvhjelp/ {');
    expect(conf).toContain('error_page 404 /selvhjelp/404.html;');
    expect(conf).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(conf).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(conf).toContain('location /selvhjelp/_astro/ {');
    expect(conf).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(conf).toContain('location ~ ^/selvhjelp/(nginx\\.conf|_headers)$ {');
    // Every block that adds a header adds them all: nginx does not inherit add_header into a block that has its own.
    expect(conf.match(/add_header Content-Security-Policy/g)).toHaveLength(3);
  });

  it('escapes quotes in header values', () => {
    expect(nginxConfig('a "b"', '/')).toContain('add_header Content-Security-Policy "a \\"b\\"" always;');
  });
});

describe('the publishing workflow for a fork', () => {
  const workflow = parse(
    readFileSync(new URL('../../../.github/workflows/publish.yml', import.meta.url), 'utf8'),
  ) as {
    on: { push: { branches: string[] } };
    permissions: Record<string, string>;
    jobs: Record<
      string,
      {
        steps: { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }[];
      }
    >;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('builds on every change to main with the Node version the project names, and publishes dist/', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe(
      '.nvmrc',
    );
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds for the address GitHub Pages gives the copy, which resolveHosting accepts', () => {
    const build = steps.find((s) => s.run === 'npm run build');
    expect(build?.env).toMatchObject({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    // What configure-pages gives for a fork (no trailing slash) and for a user site (empty).
    expect(
      resolveHosting(file, { SITE_URL: 'https://centre.github.io', BASE_PATH: '/groundwork' }).base,
    ).toBe('/groundwork/');
    expect(resolveHosting(file, { SITE_URL: 'https://centre.github.io', BASE_PATH: '' }).base).toBe('/');
  });
});
