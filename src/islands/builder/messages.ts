/** Why an opened file or a saved draft could not be read, in plain words in the page's language. */
import type { DecodeError, DraftIssue } from '../../lib/charter/on-demand/codec.ts';
import type { T } from './context.ts';

/** The parts of a draft that were not what the builder expects, named in people's words and joined. */
export function issuesText(t: T, issues: readonly DraftIssue[]): string {
  return issues
    .map((i) => t(`builder.file.expected.${i.expected}`, { place: t(`builder.file.place.${i.place}`) }))
    .join('; ');
}

/** A file or saved-draft problem in plain words; `ruleTitle` names a catalogue rule in the page's language. */
export function decodeMessage(
  t: T,
  error: DecodeError,
  ruleTitle: (id: string) => string = (id) => id,
): string {
  switch (error.kind) {
    case 'too-large':
      return t('builder.file.too-large', { size: Math.ceil(error.bytes / 1024), limit: error.limit / 1024 });
    case 'wrong-kind':
      return t(`builder.file.wrong-kind.${error.looksLike}`);
    case 'newer':
      return t('builder.file.newer', { version: error.version });
    case 'twin-rule':
      return t('builder.file.twin-rule', { rule: ruleTitle(error.id) });
    case 'invalid':
      return t('builder.file.invalid', { issues: issuesText(t, error.issues) });
    case 'empty':
    case 'damaged':
    case 'no-version':
      return t(`builder.file.${error.kind}`);
  }
}
