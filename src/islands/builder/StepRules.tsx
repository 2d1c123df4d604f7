/**
 * Step 3: the ground rules, by theme. Each catalogue rule shows its wording,
 * why and source; a chosen rule can take another wording, a number, or the
 * group's own words, and move up or down within its theme. The group can add
 * rules of its own.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Theme } from '../../schemas/rule.ts';
import { ruleKey, ruleTheme } from '../../lib/charter/draft.ts';
import type { CatalogueRule } from '../../lib/charter/catalogue.ts';
import type { ChosenRule, CustomRule } from '../../lib/charter/draft.ts';
import { ruleText } from '../../lib/rules.ts';
import type { BuilderContext } from './context.ts';
import './StepRules.css';
import { TextField } from './fields.tsx';
import { errorMessage } from './ErrorSummary.tsx';

function MoveButtons({ ctx, id, label }: { ctx: BuilderContext; id: string; label: string }): JSX.Element {
  const { t, dispatch, draft, catalogue } = ctx;
  const index = draft.rules.findIndex((r) => ruleKey(r) === id);
  const rule = draft.rules[index];
  const theme = rule ? ruleTheme(rule, catalogue) : undefined;
  const same = draft.rules
    .map((r, i) => ({ i, theme: ruleTheme(r, catalogue) }))
    .filter((x) => x.theme === theme);
  const position = same.findIndex((x) => x.i === index);
  const move = (by: -1 | 1) => {
    dispatch({ type: 'move-rule', key: id, by });
    // The row moves in the list; keep focus on the button that moved it (or its twin at the end of the list).
    requestAnimationFrame(() => {
      const own = document.getElementById(`move-${by < 0 ? 'up' : 'down'}-${id}`) as HTMLButtonElement | null;
      const other = document.getElementById(`move-${by < 0 ? 'down' : 'up'}-${id}`);
      (own && !own.disabled ? own : other)?.focus();
    });
  };
  return (
    <div class="row-actions">
      <button
        type="button"
        class="button-small"
        id={`move-up-${id}`}
        disabled={position <= 0}
        onClick={() => move(-1)}
      >
        {t('builder.rules.moveUp')}
        <span class="visually-hidden">: {label}</span>
      </button>
      <button
        type="button"
        class="button-small"
        id={`move-down-${id}`}
        disabled={position < 0 || position >= same.length - 1}
        onClick={() => move(1)}
      >
        {t('builder.rules.moveDown')}
        <span class="visually-hidden">: {label}</span>
      </button>
    </div>
  );
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
  const { t, lang, dispatch, errors, sources, setActiveRule } = ctx;
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
function ThemeSelect({
  ctx,
  id,
  value,
  onChange,
}: {
  ctx: BuilderContext;
  id: string;
  value: Theme;
  onChange: (theme: Theme) => void;
}): JSX.Element {
  const { t, catalogue } = ctx;
  return (
    <div class="field">
      <label for={id}>{t('builder.rules.customTheme')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Theme)}>
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
    <li class="rule-card is-chosen">
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

/** The rules step. */
export function StepRules({ ctx }: { ctx: BuilderContext }): JSX.Element {
  const { t, draft, catalogue, dispatch, errors, setActiveRule } = ctx;
  const [newText, setNewText] = useState('');
  const [newTheme, setNewTheme] = useState<Theme>('safety');
  const chosen = new Map(
    draft.rules.flatMap((r): [string, ChosenRule][] => (r.kind === 'catalogue' ? [[r.id, r]] : [])),
  );
  const custom = draft.rules.filter((r): r is CustomRule => r.kind === 'custom');
  const listErrors = errors.filter((e) => e.field === 'custom-rules' || e.field === 'chosen-rules');
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
      <nav class="theme-nav" aria-label={t('rules.themes')}>
        <ul>
          {catalogue.themes.map((theme) => (
            <li key={theme}>
              <a href={`#theme-${theme}`}>{t(`theme.${theme}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {catalogue.themes.map((theme) => {
        const rules = catalogue.rules.filter((r) => r.theme === theme);
        return (
          <section key={theme} class="theme" aria-labelledby={`theme-${theme}`}>
            <h3 id={`theme-${theme}`} tabIndex={-1}>
              {t(`theme.${theme}`)}
            </h3>
            <ul class="rule-list">
              {rules.map((rule) => (
                <RuleCard key={rule.id} ctx={ctx} rule={rule} chosen={chosen.get(rule.id)} />
              ))}
            </ul>
          </section>
        );
      })}
      <section class="theme" aria-labelledby="custom-rules">
        <h3 id="custom-rules" tabIndex={-1}>
          {t('builder.rules.custom')}
        </h3>
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
            dispatch({ type: 'add-custom', theme: newTheme, text: newText });
            setNewText('');
            setActiveRule(undefined);
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
      </section>
      <OrderPanel ctx={ctx} />
    </div>
  );
}

/** The chosen rules in charter order, grouped by theme, with buttons to move each within its theme. */
function OrderPanel({ ctx }: { ctx: BuilderContext }): JSX.Element {
  const { t, lang, draft, catalogue } = ctx;
  const groups = catalogue.themes
    .map((theme) => ({ theme, rules: draft.rules.filter((r) => ruleTheme(r, catalogue) === theme) }))
    .filter((g) => g.rules.length > 0);
  return (
    <section class="theme order-panel" aria-labelledby="rule-order">
      <h3 id="rule-order" tabIndex={-1}>
        {t('builder.rules.order')}
      </h3>
      <p>{t('builder.rules.orderLead')}</p>
      {groups.length === 0 && <p>{t('builder.rules.none')}</p>}
      {groups.map((group) => (
        <div key={group.theme}>
          <h4>{t(`theme.${group.theme}`)}</h4>
          <ol class="order-list">
            {group.rules.map((rule) => {
              const key = ruleKey(rule);
              const label =
                rule.kind === 'custom'
                  ? rule.text || t('builder.field.rule')
                  : (catalogue.byId.get(rule.id)?.title[lang] ?? key);
              return (
                <li key={key}>
                  <span class="order-label">{label}</span>
                  <MoveButtons ctx={ctx} id={key} label={label} />
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
