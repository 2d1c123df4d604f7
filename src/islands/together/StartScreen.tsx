/** Before the walk: the draft on this device (or one opened from a file or link), and how to begin. */
import type { JSX, RefObject } from 'preact';
import type { Draft } from '../../lib/charter/draft.ts';
import type { Candidate, TogetherT } from './types.ts';

interface Props {
  /** Drawn before the tool has read what is saved: hidden unless the device has nothing saved (tools.css). */
  early?: boolean;
  t: TogetherT;
  device: Candidate | null;
  opened: Draft | null;
  fileError: boolean;
  builderUrl: string;
  headingRef: RefObject<HTMLHeadingElement>;
  /** The draft's name, or the charter's word for a group without one. */
  nameOf: (draft: Draft) => string;
  onBegin: (draft: Draft) => void;
  onFile: (file: File) => void;
}

/** The start screen. */
export function StartScreen({
  early = false,
  t,
  device,
  opened,
  fileError,
  builderUrl,
  headingRef,
  nameOf,
  onBegin,
  onFile,
}: Props): JSX.Element {
  return (
    <section
      class={early ? 'together-start tool-early' : 'together-start'}
      aria-labelledby="together-heading"
    >
      <h2 id="together-heading" class="tool-heading" tabIndex={-1} ref={headingRef}>
        {t('together.start.heading')}
      </h2>
      <p>{t('together.private')}</p>
      {opened && (
        <div class="tool-card">
          <p>{t('together.start.other', { name: `\u2068${nameOf(opened)}\u2069` })}</p>
          <button
            type="button"
            class="tool-button tool-big"
            id="together-begin-opened"
            onClick={() => onBegin(opened)}
          >
            {t('together.start.beginOther')}
          </button>
        </div>
      )}
      {device ? (
        <div class="tool-card">
          <p>
            {t('together.start.draft', {
              name: `\u2068${nameOf(device.draft)}\u2069`,
              count: device.draft.rules.length,
            })}
          </p>
          <button
            type="button"
            class="tool-button tool-big"
            id="together-begin"
            onClick={() => onBegin(device.draft)}
          >
            {t('together.start.begin')}
          </button>
        </div>
      ) : (
        <p class="tool-card">
          {t('together.start.none')} <a href={builderUrl}>{t('together.start.builder')}</a>
        </p>
      )}
      <div class="together-file">
        <label for="together-file">{t('together.start.file')}</label>
        <input
          type="file"
          id="together-file"
          accept=".json,application/json"
          aria-describedby={fileError ? 'together-file-error' : undefined}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            e.currentTarget.value = '';
          }}
        />
        {fileError && (
          <p class="tool-error" id="together-file-error" role="alert">
            {t('together.start.fileError')}
          </p>
        )}
      </div>
    </section>
  );
}
