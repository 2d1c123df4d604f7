/**
 * Builds the site once and serves it for every browser test file. Set
 * GROUNDWORK_SKIP_BUILD=1 to reuse an existing dist/ while working on tests.
 */
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createStaticServer } from '../../src/tools/serve.mjs';
import { chromiumPath } from '../../src/tools/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, such as http://127.0.0.1:40123. */
    baseUrl: string;
    /** The folder holding the built site. */
    distDir: string;
  }
}

/** Runs `astro build` into `outDir` with extra environment variables; throws with the build log on failure. */
export function build(outDir: string, env: Record<string, string> = {}): void {
  // Vitest sets Vite's own variables (BASE_URL, MODE, …) in its workers; a build started from a
  // test would take BASE_URL=/ from them instead of BASE_PATH. Build without them, as `npm run build` does.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST'),
    ),
  );
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      cwd: root,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
  }
}

export default async function setup(project: TestProject) {
  // Fail at once, with the variable's name, when there is no browser.
  chromiumPath();
  const distDir = `${root}dist`;
  if (process.env.GROUNDWORK_SKIP_BUILD !== '1') build(distDir);
  const server = createStaticServer(distDir, '/');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('distDir', distDir);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
