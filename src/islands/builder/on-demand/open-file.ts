/**
 * Reading a draft file the person opened: its size first, then its text, then its checks. Loaded when
 * a file is opened. A refusal is a message in the page's language; nothing is changed by it.
 */
import type { Catalogue } from '../../../lib/charter/catalogue.ts';
import { MAX_DRAFT_BYTES, type Draft } from '../../../lib/charter/draft.ts';
import type { T } from '../context.ts';
import { decodeMessage } from '../messages.ts';

/** The draft in a file, or why it was refused. */
export type OpenedFile = { ok: true; draft: Draft; migrated: boolean } | { ok: false; message: string };

/** Reads and checks a draft file. */
export async function readDraftFile(
  file: File,
  t: T,
  catalogue: Catalogue,
  lang: 'en' | 'nb',
): Promise<OpenedFile> {
  if (file.size > MAX_DRAFT_BYTES) {
    return {
      ok: false,
      message: decodeMessage(t, { kind: 'too-large', bytes: file.size, limit: MAX_DRAFT_BYTES }),
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: t('builder.file.damaged') };
  }
  const { decodeDraft } = await import('../../../lib/charter/on-demand/codec.ts');
  const result = decodeDraft(text);
  if (!result.ok) {
    return {
      ok: false,
      message: decodeMessage(t, result.error, (id) => catalogue.byId.get(id)?.title[lang] ?? id),
    };
  }
  return { ok: true, draft: result.draft, migrated: !!result.migratedFrom };
}
