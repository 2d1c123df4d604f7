/** Why an opened file or a saved draft could not be read, in plain words. */
import type { DecodeError } from '../../lib/charter/on-demand/codec.ts';
import type { T } from './context.ts';

/** A file or saved-draft problem in plain words. */
export function decodeMessage(t: T, error: DecodeError): string {
  switch (error.kind) {
    case 'too-large':
      return t('builder.file.too-large', { size: Math.ceil(error.bytes / 1024), limit: error.limit / 1024 });
    case 'wrong-kind':
      return t(`builder.file.wrong-kind.${error.looksLike}`);
    case 'newer':
      return t('builder.file.newer', { version: error.version });
    case 'invalid':
      return t('builder.file.invalid', {
        issues: error.issues
          .map((i) => t(`builder.file.expected.${i.expected}`, { path: i.path }))
          .join('; '),
      });
    case 'empty':
    case 'damaged':
      return t(`builder.file.${error.kind}`);
  }
}
