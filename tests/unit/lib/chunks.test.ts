import { describe, expect, test } from 'vitest';
import { chunkGroups, islandsGroup, preloadHelperGroup, textGroup } from '../../../src/lib/chunks.ts';

const root = '/work/site';

describe('chunk groups', () => {
  test.each([
    [`${root}/node_modules/preact/dist/preact.module.js`, 'islands'],
    [`${root}/node_modules/preact/hooks/dist/hooks.module.js`, 'islands'],
    [`${root}/src/lib/charter/session.ts`, 'islands'],
    [`${root}/src/lib/charter/charter.ts`, 'islands'],
    [`${root}/src/lib/rules.ts`, 'islands'],
    [`${root}/src/schemas/themes.ts`, 'islands'],
    ['C:\\site\\src\\lib\\charter\\storage.ts', 'islands'],
    [`${root}/src/lib/charter/text.ts`, 'text'],
    [`${root}/src/lib/format.ts`, 'text'],
    ['\0vite/preload-helper.js', 'preload-helper'],
    // Later steps' code, on-demand code and other pages' code stay where the bundler puts them.
    [`${root}/src/lib/charter/warnings.ts`, undefined],
    [`${root}/src/lib/charter/validate.ts`, undefined],
    [`${root}/src/lib/charter/on-demand/codec.ts`, undefined],
    [`${root}/src/lib/charter/on-demand/session.ts`, undefined],
    [`${root}/node_modules/preact-render-to-string/dist/index.module.js`, undefined],
    [`${root}/node_modules/zod/v4/mini/schemas.js`, undefined],
    [`${root}/src/lib/link-maker.ts`, undefined],
    [`${root}/src/lib/search.ts`, undefined],
  ])('%s goes to %s', (id, group) => {
    const taken = chunkGroups.filter((g) => g.test(id)).map((g) => g.name);
    expect(taken).toEqual(group === undefined ? [] : [group]);
  });

  test('the groups are tried highest priority first, each test on its own', () => {
    expect(chunkGroups.map((g) => g.priority)).toEqual([30, 20, 10]);
    expect(islandsGroup(`${root}/src/lib/format.ts`)).toBe(false);
    expect(textGroup(`${root}/src/lib/translate.ts`)).toBe(false);
    expect(preloadHelperGroup(`${root}/src/lib/format.ts`)).toBe(false);
  });
});
