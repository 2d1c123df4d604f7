import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxToProse, READABILITY_TARGETS, readability } from '../../../src/lib/readability.ts';

const guidesDir = fileURLToPath(new URL('../../../content/guides/', import.meta.url));

// The readability gate: every guide, in every language, scored with that
// language's index. Each score is printed so that authors see the margin.
for (const lang of ['en', 'nb'] as const) {
  const target = READABILITY_TARGETS[lang];
  describe(`${lang} guides: ${target.index} ${target.target}`, () => {
    const files = readdirSync(`${guidesDir}${lang}`).filter((f) => f.endsWith('.mdx'));
    it.each(files)('%s', (file) => {
      const result = readability(mdxToProse(readFileSync(`${guidesDir}${lang}/${file}`, 'utf8')), lang);
      console.log(`${lang}/${file}: ${target.index} ${result.score} (${result.words} words)`);
      expect(result.words, 'a guide this short is not a guide').toBeGreaterThan(150);
      expect(target.pass(result.score), `${target.index} ${result.score}, target ${target.target}`).toBe(
        true,
      );
    });
  });
}
