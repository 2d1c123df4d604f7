/** Step 2: the group, its purpose and its meetings. */
import type { JSX } from 'preact';
import { MEETING_MINUTES } from '../../lib/charter/draft.ts';
import type { BuilderContext } from './context.ts';
import { Choice, TextField } from './fields.tsx';
import { fieldError } from './ErrorSummary.tsx';

/** The group step. */
export function StepGroup({ ctx }: { ctx: BuilderContext }): JSX.Element {
  const { t, draft, dispatch, errors } = ctx;
  const g = draft.group;
  const set = (field: keyof typeof g) => (value: string | number) =>
    dispatch({ type: 'set-group', field, value });
  const err = (field: string) => fieldError(t, errors, field);
  return (
    <div class="step-group">
      <p class="lead">{t('builder.group.lead')}</p>
      <TextField
        id="group-name"
        hint={t('builder.group.nameHint')}
        value={g.name}
        onInput={set('name')}
        error={err('group-name')}
        t={t}
      />
      <TextField
        id="group-purpose"
        hint={t('builder.group.purposeHint')}
        value={g.purpose}
        onInput={set('purpose')}
        multiline
        error={err('group-purpose')}
        t={t}
      />
      <TextField
        id="group-audience"
        hint={t('builder.group.audienceHint')}
        value={g.audience}
        onInput={set('audience')}
        error={err('group-audience')}
        t={t}
      />
      <div class="field">
        <label for="group-size">{t('builder.group.size')}</label>
        <p class="hint" id="group-size-hint">
          {t('builder.group.sizeHint')}
        </p>
        <input
          id="group-size"
          class="input-number"
          type="number"
          inputMode="numeric"
          min={0}
          max={99}
          value={g.size > 0 ? g.size : ''}
          aria-describedby="group-size-hint"
          onInput={(e) => {
            const n = Number.parseInt(e.currentTarget.value, 10);
            set('size')(Number.isFinite(n) ? Math.max(0, Math.min(99, n)) : 0);
          }}
        />
      </div>
      <Choice
        name="group-openness"
        legend={t('builder.group.openness')}
        value={g.openness}
        options={[
          { value: 'closed', label: t('builder.group.closed') },
          { value: 'open', label: t('builder.group.open') },
        ]}
        onChange={set('openness')}
      />
      <Choice
        name="group-setting"
        legend={t('builder.group.setting')}
        value={g.setting}
        options={[
          { value: 'in-person', label: t('builder.group.inPerson') },
          { value: 'online', label: t('builder.group.online') },
        ]}
        onChange={set('setting')}
      />
      <TextField id="group-place" value={g.place} onInput={set('place')} error={err('group-place')} t={t} />
      <Choice
        name="group-frequency"
        legend={t('builder.group.frequency')}
        value={g.frequency}
        options={(['weekly', 'fortnightly', 'monthly'] as const).map((f) => ({
          value: f,
          label: t(`charter.frequency.${f}`),
        }))}
        onChange={set('frequency')}
      />
      <Choice
        name="group-length"
        legend={t('builder.group.length')}
        value={g.meetingMinutes}
        options={MEETING_MINUTES.map((m) => ({ value: m, label: t('charter.minutes', { minutes: m }) }))}
        onChange={set('meetingMinutes')}
      />
      <TextField
        id="group-start"
        type="date"
        label={t('builder.group.startDate')}
        value={g.startDate}
        onInput={(v) => set('startDate')(/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '')}
        t={t}
      />
      <TextField
        id="group-start-time"
        type="time"
        label={t('builder.rota.startTime')}
        hint={t('builder.rota.startTimeHint')}
        value={g.startTime}
        onInput={(v) => set('startTime')(/^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? v : '')}
        t={t}
      />
      <TextField
        id="group-when"
        hint={t('builder.group.whenHint')}
        value={g.when}
        onInput={set('when')}
        error={err('group-when')}
        t={t}
      />
      {draft.starter && (
        <section class="starter" aria-labelledby="starter-title">
          <h3 id="starter-title">{t('builder.starter.heading')}</h3>
          <p>
            {[draft.starter.name, draft.starter.centre, draft.starter.contact]
              .filter((x) => x.trim())
              .join(', ')}
          </p>
          <div class="check">
            <input
              type="checkbox"
              id="starter-on-charter"
              checked={draft.starter.onCharter}
              onChange={(e) => dispatch({ type: 'set-starter-on-charter', on: e.currentTarget.checked })}
            />
            <label for="starter-on-charter">{t('builder.starter.onCharter')}</label>
          </div>
          <button
            type="button"
            class="button-small button-danger"
            onClick={() => {
              dispatch({ type: 'set-starter', starter: undefined });
              requestAnimationFrame(() => document.getElementById('group-start-time')?.focus());
            }}
          >
            {t('builder.starter.remove')}
          </button>
        </section>
      )}
    </div>
  );
}
