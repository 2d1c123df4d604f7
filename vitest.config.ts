import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests in Node, and browser tests against one shared
// build of the site (built and served once by tests/e2e/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The charter's stylesheet is read as text for its .html file (`?raw`), so let Vite load it.
          css: { include: [/charter-document\.css/] },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser file at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
