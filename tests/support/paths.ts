/** Where things are, for tests in any folder: the project's root and the test fixtures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's root folder, with a trailing slash. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The text of a file in `tests/fixtures/`, such as `drafts/v1-self-help-centre.json`. */
export function fixture(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}
