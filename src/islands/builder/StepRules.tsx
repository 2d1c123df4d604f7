/**
 * Step 3: the ground rules, by theme. Each theme opens and closes, and says
 * how many of its rules are chosen; "show only the rules we chose" hides the
 * rest. Each catalogue rule shows its wording, why and source; a chosen rule
 * can take another wording, a number, or the group's own words. The order of
 * a theme's chosen rules changes one rule at a time, by keyboard too. The
 * group can add rules of its own. On a phone the charter so far is one tap
 * away (`Preview.tsx`).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Theme } from '../../schemas/rule.ts';
import { freshKey } from '../../lib/charter/actions.ts';
import type { CatalogueRule } from '../../lib/charter/catalogue.ts';
import {
  ruleKey,
  ruleTheme,
  type ChosenRule,
  type CustomRule,
  type DraftRule,
} from '../../lib/charter/draft.ts';
import { ruleText } from '../../lib/rules.ts';
import type { BuilderContext } from './context.ts';
import { errorMessage, fieldError } from './ErrorSummary.tsx';
import { TextField } from './fields.tsx';

/** Which themes are open, shared with the builder so that a warning's link can open the right one. */
export interface ThemesOpen {
  /** The open themes, and `own` for the group's own rules. */
  open: ReadonlySet<Theme | 'own'>;
  /** Opens or closes one. */
  toggle: (theme: Theme | 'own', open: boolean) => void;
}

/** The theme an element on the rules step belongs to, from its id, so a link to it can open its theme first. */
export function themeOfTarget(
  id: string,
  ctx: Pick<BuilderContext, 'catalogue' | 'draft'>,
): Theme | 'own' | undefined {
  const theme = /^theme-([a-z]+)$/.exec(id)?.[1];
  if (theme && (ctx.catalogue.themes as readonly string[]).includes(theme)) return theme as Theme;
  if (id === 'custom-rules' || id === 'add-rule-text') return 'own';
  const key = /^(?:card-|rule-text-|rule-)(.+)$/.exec(id)?.[1];
  if (!key) return undefined;
  const own = ctx.draft.rules.find((r) => r.kind === 'custom' && r.key === key);
  if (own) return 'own';
  return ctx.catalogue.byId.get(key)?.theme;
}

function RuleCard({
  ctx,
  rule,
  chosen,
}: {
  ctx: BuilderContext;
  rule: CatalogueRule;
  chosen?: ChosenRule;
}): JSX.Element {
  const { t, lang, dispatch, errors, sources, setActiveRule, draft } = ctx;
  const title = rule.title[lang];
  const focus = () => setActiveRule(rule.id);
  const textError = errors.find((e) => e.field === `rule-text-${rule.id}`);
  const v = rule.variants;
  return (
    <li class={chosen ? 'rule-card is-chosen' : 'rule-card'} id={`card-${rule.id}`}>
      <div class="check">
        <input
          type="checkbox"
          id={`rule-${rule.id}`}
          checked={!!chosen}
          aria-describedby={`rule-${rule.id}-text`}
          onChange={(e) => {
            dispatch({ type: 'toggle-rule', id: rule.id, on: e.currentTarget.checked });
            setActiveRule(e.currentTarget.checked ? rule.id : undefined);
          }}
          onFocus={focus}
        />
        <label for={`rule-${rule.id}`}>{title}</label>
      </div>
      <p class="rule-text" id={`rule-${rule.id}-text`}>
        {chosen?.text !== undefined ? chosen.text : ruleText(rule, lang, chosen ?? {})}
      </p>
      <p class="rule-why">
        <strong>{t('builder.rules.why')}</strong> {rule.why[lang]}{' '}
        <span class="rule-source">
          ({t('builder.rules.source')} {rule.sources.map((s) => sources[s] ?? s).join(', ')})
        </span>
      </p>
      {chosen && (
        <div class="rule-options">
          {v?.kind === 'wordings' && chosen.text === undefined && (
            <fieldset class="choice choice-compact">
              <legend>
                {t('builder.rules.wording')}
                <span class="visually-hidden">: {title}</span>
              </legend>
              {[
                { id: '', label: t('builder.rules.standard') },
                ...v.options.map((o) => ({ id: o.id, label: o.label[lang] })),
              ].map((o) => (
                <div class="radio" key={o.id}>
                  <input
                    type="radio"
                    id={`variant-${rule.id}-${o.id || 'standard'}`}
                    name={`variant-${rule.id}`}
                    checked={(chosen.variant ?? '') === o.id}
                    onChange={() =>
                      dispatch({ type: 'set-variant', id: rule.id, variant: o.id || undefined })
                    }
                    onFocus={focus}
                  />
                  <label for={`variant-${rule.id}-${o.id || 'standard'}`}>{o.label}</label>
                </div>
              ))}
            </fieldset>
          )}
          {v?.kind === 'parameter' && chosen.text === undefined && (
            <fieldset class="choice choice-compact">
              <legend>
                {t('builder.rules.number')}
                <span class="visually-hidden">: {title}</span>
              </legend>
              {v.values.map((value) => (
                <div class="radio" key={value}>
                  <input
                    type="radio"
                    id={`value-${rule.id}-${value}`}
                    name={`value-${rule.id}`}
                    checked={(chosen.value ?? v.default) === value}
                    onChange={() => dispatch({ type: 'set-value', id: rule.id, value })}
                    onFocus={focus}
                  />
                  <label for={`value-${rule.id}-${value}`}>
                    {value} {v.unit[lang]}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          {rule.id === 'absence-notice' && (
            // Who to tell and how is asked here, once, with the rule that says to tell.
            <div class="absence-fields">
              <TextField
                id="absence-who"
                hint={t('builder.meetings.absenceWhoHint')}
                value={draft.absence.who}
                onInput={(value) => dispatch({ type: 'set-absence', field: 'who', value })}
                onFocus={focus}
                error={fieldError(t, errors, 'absence-who')}
                t={t}
              />
              <TextField
                id="absence-how"
                hint={t('builder.meetings.absenceHowHint')}
                value={draft.absence.how}
                onInput={(value) => dispatch({ type: 'set-absence', field: 'how', value })}
                onFocus={focus}
                error={fieldError(t, errors, 'absence-how')}
                t={t}
              />
            </div>
          )}
          {chosen.text === undefined ? (
            <button
              type="button"
              class="button-small"
              onClick={() => {
                dispatch({ type: 'set-rule-text', id: rule.id, text: ruleText(rule, lang, chosen) });
                setActiveRule(rule.id);
                requestAnimationFrame(() => document.getElementById(`rule-text-${rule.id}`)?.focus());
              }}
            >
              {t('builder.rules.edit')}
              <span class="visually-hidden">: {title}</span>
            </button>
          ) : (
            <>
              <TextField
                id={`rule-text-${rule.id}`}
                label={`${t('builder.rules.own')}: ${title}`}
                value={chosen.text}
                multiline
                onInput={(text) => dispatch({ type: 'set-rule-text', id: rule.id, text })}
                onFocus={focus}
                error={textError ? errorMessage(t, textError, title) : undefined}
                t={t}
              />
              <button
                type="button"
                class="button-small"
                onClick={() => {
                  dispatch({ type: 'set-rule-text', id: rule.id, text: undefined });
                  requestAnimationFrame(() => document.getElementById(`rule-${rule.id}`)?.focus());
                }}
              >
                {t('builder.rules.reset')}
                <span class="visually-hidden">: {title}</span>
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** The theme a rule of the group's own is shown under on the charter. */
function ThemeSelect(props: {
  ctx: BuilderContext;
  id: string;
  value: Theme;
  onChange: (theme: Theme) => void;
}) {
  const { t, catalogue } = props.ctx;
  return (
    <div class="field">
      <label for={props.id}>{t('builder.rules.customTheme')}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as Theme)}
      >
        {catalogue.themes.map((theme) => (
          <option key={theme} value={theme}>
            {t(`theme.${theme}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function CustomRuleEditor({
  ctx,
  rule,
  index,
}: {
  ctx: BuilderContext;
  rule: CustomRule;
  index: number;
}): JSX.Element {
  const { t, dispatch, errors, setActiveRule } = ctx;
  const label = `${t('builder.rules.customText')} ${index + 1}`;
  const error = errors.find((e) => e.field === `rule-text-${rule.key}`);
  return (
    <li class="rule-card is-chosen" id={`card-${rule.key}`}>
      <TextField
        id={`rule-text-${rule.key}`}
        label={label}
        value={rule.text}
        multiline
        onInput={(text) => dispatch({ type: 'set-custom', key: rule.key, text })}
        onFocus={() => setActiveRule(rule.key)}
        error={error ? errorMessage(t, error, label) : undefined}
        t={t}
      />
      <ThemeSelect
        ctx={ctx}
        id={`rule-theme-${rule.key}`}
        value={rule.theme}
        onChange={(theme) => dispatch({ type: 'set-custom-theme', key: rule.key, theme })}
      />
      <div class="rule-options">
        <button
          type="button"
          class="button-small button-danger"
          onClick={() => {
            dispatch({ type: 'remove-rule', key: rule.key });
            requestAnimationFrame(() => document.getElementById('add-rule-text')?.focus());
          }}
        >
          {t('builder.rules.remove')}
          <span class="visually-hidden">: {label}</span>
        </button>
      </div>
    </li>
  );
}

/** A rule's name for lists: the catalogue title, or the start of the group's own words. */
function ruleName(ctx: BuilderContext, rule: DraftRule): string {
  if (rule.kind === 'custom') return rule.text.trim() || ctx.t('builder.field.rule');
  return ctx.catalogue.byId.get(rule.id)?.title[ctx.lang] ?? rule.id;
}

/**
 * The order of one theme's chosen rules on the charter. Pick a rule, then move it up or down: two
 * buttons for the theme, not two for every rule.
 */
function OrderControl({ ctx, theme, rules }: { ctx: BuilderContext; theme: Theme; rules: DraftRule[] }) {
  const { t, dispatch } = ctx;
  const [picked, setPicked] = useState<string | undefined>();
  const index = rules.findIndex((r) => ruleKey(r) === picked);
  const pickedRule = rules[index];
  const move = (by: -1 | 1) => {
    if (picked) dispatch({ type: 'move-rule', key: picked, by });
  };
  return (
    <details class="order" id={`order-${theme}`}>
      <summary>{t('builder.rules.order')}</summary>
      <p class="hint" id={`order-${theme}-hint`}>
        {t('builder.rules.orderLead')}
      </p>
      <ol class="order-list">
        {rules.map((rule) => {
          const key = ruleKey(rule);
          return (
            <li key={key}>
              <button
                type="button"
                class="order-item"
                aria-pressed={picked === key}
                onClick={() => setPicked(picked === key ? undefined : key)}
              >
                {ruleName(ctx, rule)}
              </button>
            </li>
          );
        })}
      </ol>
      <div class="row-actions" aria-describedby={`order-${theme}-hint`}>
        <button
          type="button"
          class="button-small"
          id={`move-up-${theme}`}
          disabled={index <= 0}
          onClick={() => move(-1)}
        >
          {t('builder.rules.moveUp')}
          {pickedRule && <span class="visually-hidden">: {ruleName(ctx, pickedRule)}</span>}
        </button>
        <button
          type="button"
          class="button-small"
          id={`move-down-${theme}`}
          disabled={index < 0 || index >= rules.length - 1}
          onClick={() => move(1)}
        >
          {t('builder.rules.moveDown')}
          {pickedRule && <span class="visually-hidden">: {ruleName(ctx, pickedRule)}</span>}
        </button>
      </div>
    </details>
  );
}

/** A theme's heading: a button that opens and closes it, with how many of its rules are chosen. */
function ThemeHeading(props: {
  id: string;
  label: string;
  count: string;
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <h3 class="theme-heading" id={props.id} tabIndex={-1}>
      <button
        type="button"
        class="theme-toggle"
        aria-expanded={props.open}
        aria-controls={`${props.id}-body`}
        onClick={props.onToggle}
      >
        <span class="theme-name">{props.label}</span> <span class="theme-count">{props.count}</span>
      </button>
    </h3>
  );
}

/** The rules step. */
export function StepRules({ ctx, themes }: { ctx: BuilderContext; themes: ThemesOpen }): JSX.Element {
  const { t, draft, catalogue, dispatch, errors, setActiveRule } = ctx;
  const [newText, setNewText] = useState('');
  const [newTheme, setNewTheme] = useState<Theme>('safety');
  const [onlyChosen, setOnlyChosen] = useState(false);
  const chosen = new Map(
    draft.rules.flatMap((r): [string, ChosenRule][] => (r.kind === 'catalogue' ? [[r.id, r]] : [])),
  );
  const custom = draft.rules.filter((r): r is CustomRule => r.kind === 'custom');
  const listErrors = errors.filter((e) => e.field === 'custom-rules' || e.field === 'chosen-rules');
  const ownOpen = themes.open.has('own');
  return (
    <div class="step-rules">
      <p class="lead">{t('builder.rules.lead')}</p>
      <p class="rules-count" id="chosen-rules">
        {t('builder.rules.chosen', { count: draft.rules.length })}
      </p>
      {listErrors.map((e) => (
        <p class="error-message" key={e.field}>
          {errorMessage(t, e)}
        </p>
      ))}
      <div class="check only-chosen">
        <input
          type="checkbox"
          id="only-chosen"
          checked={onlyChosen}
          onChange={(e) => setOnlyChosen(e.currentTarget.checked)}
        />
        <label for="only-chosen">{t('builder.rules.onlyChosen')}</label>
      </div>
      {catalogue.themes.map((theme) => {
        const all = catalogue.rules.filter((r) => r.theme === theme);
        const shown = onlyChosen ? all.filter((r) => chosen.has(r.id)) : all;
        const inCharter = draft.rules.filter((r) => ruleTheme(r, catalogue) === theme);
        const open = themes.open.has(theme);
        return (
          <section key={theme} class="theme" aria-labelledby={`theme-${theme}`}>
            <ThemeHeading
              id={`theme-${theme}`}
              label={t(`theme.${theme}`)}
              count={t('builder.rules.themeCount', {
                count: all.filter((r) => chosen.has(r.id)).length,
                total: all.length,
              })}
              open={open}
              onToggle={() => themes.toggle(theme, !open)}
            />
            {/* A closed theme's cards are not made at all: a phone then builds a short step. */}
            {open && (
              <div id={`theme-${theme}-body`}>
                {shown.length === 0 && <p class="hint">{t('builder.rules.noneHere')}</p>}
                <ul class="rule-list">
                  {shown.map((rule) => (
                    <RuleCard key={rule.id} ctx={ctx} rule={rule} chosen={chosen.get(rule.id)} />
                  ))}
                </ul>
                {inCharter.length > 1 && <OrderControl ctx={ctx} theme={theme} rules={inCharter} />}
              </div>
            )}
          </section>
        );
      })}
      <section class="theme" aria-labelledby="custom-rules">
        <ThemeHeading
          id="custom-rules"
          label={t('builder.rules.custom')}
          count={t('builder.rules.ownCount', { count: custom.length })}
          open={ownOpen}
          onToggle={() => themes.toggle('own', !ownOpen)}
        />
        {ownOpen && (
          <div id="custom-rules-body">
            <p>{t('builder.rules.customLead')}</p>
            {custom.length > 0 && (
              <ul class="rule-list">
                {custom.map((rule, i) => (
                  <CustomRuleEditor key={rule.key} ctx={ctx} rule={rule} index={i} />
                ))}
              </ul>
            )}
            <form
              class="add-rule"
              onSubmit={(e) => {
                e.preventDefault();
                if (newText.trim() === '') {
                  document.getElementById('add-rule-text')?.focus();
                  return;
                }
                // The new rule's key, as the change will make it, so the preview can go straight to it.
                const key = freshKey('own', draft.rules.map(ruleKey));
                dispatch({ type: 'add-custom', theme: newTheme, text: newText });
                setNewText('');
                setActiveRule(key);
              }}
            >
              <TextField
                id="add-rule-text"
                label={t('builder.rules.customText')}
                value={newText}
                multiline
                onInput={setNewText}
                t={t}
              />
              <ThemeSelect ctx={ctx} id="add-rule-theme" value={newTheme} onChange={setNewTheme} />
              <button type="submit" class="button button-secondary">
                {t('builder.rules.add')}
              </button>
            </form>
          </div>
        )}
      </section>
    </div>
  );
}
