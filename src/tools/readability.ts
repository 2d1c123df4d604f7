// Prints the readability score of guide files: node src/tools/readability.ts content/guides/en/*.mdx
import { readFileSync } from 'node:fs';
import { mdxToProse, readability, READABILITY_TARGETS } from '../lib/readability.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
  const lang = /\/nb\//.test(file) ? 'nb' : 'en';
  const { score, words, sentences } = readability(mdxToProse(readFileSync(file, 'utf8')), lang);
  const target = READABILITY_TARGETS[lang];
  const ok = target.pass(score);
  if (!ok) failed = true;
  console.log(
    `${ok ? 'pass' : 'FAIL'} ${file}: ${target.index} ${score} (target ${target.target}; ${words} words, ${sentences} sentences)`,
  );
}
process.exitCode = failed ? 1 : 0;
