// Runs every step of the bench on the built site, one after another, even when an earlier one is over
// budget, so one run reports every target: the byte budgets (bench.mjs), the timings in Chromium
// (bench-browser.mjs) and Lighthouse (bench-seo.mjs). Exits non-zero when any step did.
// `npm run bench` builds first and then runs this.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const steps = ['bench.mjs', 'bench-browser.mjs', 'bench-seo.mjs'];
const failed = [];
for (const step of steps) {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL(step, import.meta.url))], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed.push(step);
}
if (failed.length > 0) {
  console.error(`\nOver budget or failed: ${failed.join(', ')}.`);
  process.exit(1);
}
console.log('\nEvery bench step is within its budgets.');
