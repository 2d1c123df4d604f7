/** Step 1: start from a preset, a blank charter, the draft saved on this device, or a saved file. */
import type { JSX } from 'preact';
import type { CataloguePreset } from '../../lib/charter/catalogue.ts';
import type { BuilderContext } from './context.ts';

interface Props {
  /** Shared builder context. */
  ctx: Pick<BuilderContext, 't' | 'lang' | 'presets' | 'catalogue'>;
  /** The preset suggested by the link, if any. */
  suggested?: string;
  /** The draft saved on this device, if any. */
  saved?: { name: string; time: string } | undefined;
  /** The kept copy of a draft that was replaced, if any. */
  kept?: { name: string; time: string } | undefined;
  /** Brings the kept copy back. */
  onRestoreKept: () => void;
  /** Whether the island is ready (buttons stay disabled until then). */
  ready: boolean;
  /** Starts from a preset. */
  onPreset: (preset: CataloguePreset) => void;
  /** Starts blank. */
  onBlank: () => void;
  /** Carries on with the saved draft. */
  onResume: () => void;
  /** Opens a file. */
  onFile: (file: File) => void;
  /** A message about the last file, if any. */
  fileMessage?: { text: string; error: boolean } | undefined;
  /** The centre whose link brought the person here, if any. */
  helpedBy?: string | undefined;
}

/** The start step. */
export function StepStart({
  ctx,
  suggested,
  saved,
  kept,
  onRestoreKept,
  ready,
  onPreset,
  onBlank,
  onResume,
  onFile,
  fileMessage,
  helpedBy,
}: Props): JSX.Element {
  const { t, lang } = ctx;
  const presets = [...ctx.presets].sort((a, b) => Number(b.id === suggested) - Number(a.id === suggested));
  // What sets each setup apart: the rules only it starts with.
  const only = (preset: CataloguePreset) =>
    preset.rules
      .filter((id) => !ctx.presets.some((other) => other.id !== preset.id && other.rules.includes(id)))
      .slice(0, 3)
      .map((id) => ctx.catalogue.byId.get(id)?.title[lang] ?? id);
  return (
    <div class="step-start">
      {helpedBy && <p class="helped-by">{t('builder.starter.helpedBy', { centre: helpedBy })}</p>}
      <p class="lead">{t('builder.start.lead')}</p>
      {saved && (
        <section class="start-option start-resume" aria-labelledby="start-resume">
          <h3 id="start-resume">{t('builder.start.resume')}</h3>
          <p>
            {t('builder.start.resumeText', { time: saved.time })} <bdi>{saved.name}</bdi>
          </p>
          <button type="button" class="button" disabled={!ready} onClick={onResume}>
            {t('builder.start.resumeButton')}
          </button>
        </section>
      )}
      {kept && (
        <section class="start-option start-kept" aria-labelledby="start-kept">
          <h3 id="start-kept">{t('builder.kept.heading')}</h3>
          <p>
            {t('builder.kept.text', { time: kept.time })} <bdi>{kept.name}</bdi>
          </p>
          <button
            type="button"
            class="button button-secondary"
            id="restore-kept"
            disabled={!ready}
            onClick={onRestoreKept}
          >
            {t('builder.kept.restore')}
          </button>
        </section>
      )}
      <section aria-labelledby="start-presets">
        <h3 id="start-presets">{t('builder.start.presets')}</h3>
        <ul class="presets">
          {presets.map((preset) => (
            <li
              key={preset.id}
              class={preset.id === suggested ? 'start-option is-suggested' : 'start-option'}
            >
              {preset.id === suggested && <p class="tag">{t('builder.start.suggested')}</p>}
              <h4 id={`preset-${preset.id}`}>{preset.name[lang]}</h4>
              <p>{preset.description[lang]}</p>
              <p class="meta">
                {[
                  t('charter.minutes', { minutes: preset.defaults.meetingMinutes }),
                  t(`builder.fact.frequency.${preset.defaults.frequency}`),
                  t(
                    preset.defaults.setting === 'online'
                      ? 'builder.fact.setting.online'
                      : 'builder.fact.setting.in-person',
                  ),
                  t(`builder.fact.openness.${preset.defaults.openness}`),
                  t('builder.start.rulesCount', { count: preset.rules.length }),
                ].join(' · ')}
              </p>
              {only(preset).length > 0 && (
                <p class="meta">{t('builder.start.only', { rules: only(preset).join(', ') })}</p>
              )}
              <button
                type="button"
                class="button"
                disabled={!ready}
                aria-describedby={`preset-${preset.id}`}
                onClick={() => onPreset(preset)}
              >
                {t('builder.start.usePreset')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <div class="start-more">
        <section class="start-option" aria-labelledby="start-blank">
          <h3 id="start-blank">{t('builder.start.blank')}</h3>
          <p>{t('builder.start.blankText')}</p>
          <button type="button" class="button button-secondary" disabled={!ready} onClick={onBlank}>
            {t('builder.start.blankButton')}
          </button>
        </section>
        <section class="start-option" aria-labelledby="start-open">
          <h3 id="start-open">{t('builder.start.open')}</h3>
          <label for="open-file">{t('builder.start.openText')}</label>
          <input
            id="open-file"
            type="file"
            accept=".json,application/json"
            disabled={!ready}
            aria-describedby={fileMessage ? 'open-file-message' : undefined}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) onFile(file);
            }}
          />
          {fileMessage && (
            <p
              id="open-file-message"
              class={fileMessage.error ? 'notice notice-error' : 'notice'}
              role="alert"
            >
              {fileMessage.text}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
