/** Step 4: the meeting plan, the rotating roles and the rota. (Who to tell about absence is asked with its rule.) */
import type { JSX } from 'preact';
import { OUTLINE_PARTS, ROLES } from '../../lib/charter/draft.ts';
import type { BuilderContext } from './context.ts';
import { TextField } from './fields.tsx';
import { errorMessage, fieldError } from './ErrorSummary.tsx';

type Part = (typeof OUTLINE_PARTS)[number];
type BuiltInRole = (typeof ROLES)[number];
const isPart = (key: string): key is Part => (OUTLINE_PARTS as readonly string[]).includes(key);
const isRole = (key: string): key is BuiltInRole => (ROLES as readonly string[]).includes(key);

/** The meetings step. */
export function StepMeetings({ ctx }: { ctx: BuilderContext }): JSX.Element {
  const { t, draft, dispatch, errors } = ctx;
  const total = draft.outline.reduce((sum, o) => sum + o.minutes, 0);
  const length = draft.group.meetingMinutes;
  const err = (field: string) => fieldError(t, errors, field);
  const partName = (key: string, label?: string) => label ?? (isPart(key) ? t(`charter.part.${key}`) : '');
  const roleName = (key: string, label?: string) => label ?? (isRole(key) ? t(`charter.role.${key}`) : '');
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  return (
    <div class="step-meetings">
      <p class="lead">{t('builder.meetings.lead')}</p>
      <section aria-labelledby="outline">
        <h3 id="outline" tabIndex={-1}>
          {t('builder.meetings.outline')}
        </h3>
        <ol class="outline-list">
          {draft.outline.map((item, i) => {
            const name = partName(item.key, item.label);
            return (
              <li key={item.key} class="outline-item">
                <TextField
                  id={`outline-label-${item.key}`}
                  label={t('builder.meetings.partName', { n: i + 1 })}
                  value={name}
                  onInput={(label) => dispatch({ type: 'set-outline-label', key: item.key, label })}
                  error={err(`outline-label-${item.key}`)}
                  t={t}
                />
                <div class="field field-minutes">
                  <label for={`outline-minutes-${item.key}`}>
                    {t('builder.meetings.minutes')}
                    <span class="visually-hidden">: {name}</span>
                  </label>
                  <input
                    id={`outline-minutes-${item.key}`}
                    class="input-number"
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={600}
                    step={5}
                    value={item.minutes}
                    onInput={(e) =>
                      dispatch({
                        type: 'set-outline-minutes',
                        key: item.key,
                        minutes: Number.parseInt(e.currentTarget.value, 10) || 0,
                      })
                    }
                  />
                </div>
                <div class="row-actions">
                  <button
                    type="button"
                    class="button-small"
                    id={`outline-up-${item.key}`}
                    disabled={i === 0}
                    onClick={() => {
                      dispatch({ type: 'move-outline', key: item.key, by: -1 });
                      focusLater(i - 1 === 0 ? `outline-down-${item.key}` : `outline-up-${item.key}`);
                    }}
                  >
                    {t('builder.rules.moveUp')}
                    <span class="visually-hidden">: {name}</span>
                  </button>
                  <button
                    type="button"
                    class="button-small"
                    id={`outline-down-${item.key}`}
                    disabled={i === draft.outline.length - 1}
                    onClick={() => {
                      dispatch({ type: 'move-outline', key: item.key, by: 1 });
                      focusLater(
                        i + 1 === draft.outline.length - 1
                          ? `outline-up-${item.key}`
                          : `outline-down-${item.key}`,
                      );
                    }}
                  >
                    {t('builder.rules.moveDown')}
                    <span class="visually-hidden">: {name}</span>
                  </button>
                  <button
                    type="button"
                    class="button-small button-danger"
                    onClick={() => {
                      dispatch({ type: 'remove-outline', key: item.key });
                      focusLater('add-part');
                    }}
                  >
                    {t('builder.rules.remove')}
                    <span class="visually-hidden">: {name}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <p class={total > length ? 'total total-over' : 'total'} id="outline-total" aria-live="polite">
          {t('charter.outlineTotal', { total, length })}
          {total > length && <> {t('builder.meetings.over', { over: total - length })}</>}
        </p>
        {errors
          .filter((e) => e.field === 'outline')
          .map((e) => (
            <p class="error-message" key="outline">
              {errorMessage(t, e, t('builder.field.outline'))}
            </p>
          ))}
        <div class="row-actions">
          <button
            type="button"
            class="button button-secondary"
            id="add-part"
            onClick={() => {
              dispatch({ type: 'add-outline', label: t('builder.meetings.newPart'), minutes: 10 });
              requestAnimationFrame(() => {
                const inputs = document.querySelectorAll<HTMLInputElement>('.outline-item input[type=text]');
                inputs[inputs.length - 1]?.select();
              });
            }}
          >
            {t('builder.meetings.addPart')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => dispatch({ type: 'reset-outline' })}
          >
            {t('builder.meetings.resetOutline')}
          </button>
        </div>
      </section>
      <section aria-labelledby="roles">
        <h3 id="roles" tabIndex={-1}>
          {t('builder.meetings.roles')}
        </h3>
        <p>{t('builder.meetings.rolesLead')}</p>
        <ul class="roles-list">
          {draft.roles.map((role, i) => {
            const name = roleName(role.key, role.label);
            return (
              <li key={role.key} class="role-item">
                <TextField
                  id={`role-label-${role.key}`}
                  label={t('builder.meetings.roleName', { n: i + 1 })}
                  value={name}
                  onInput={(label) => dispatch({ type: 'set-role-label', key: role.key, label })}
                  error={err(`role-label-${role.key}`)}
                  t={t}
                />
                <button
                  type="button"
                  class="button-small button-danger"
                  onClick={() => {
                    dispatch({ type: 'remove-role', key: role.key });
                    focusLater('add-role');
                  }}
                >
                  {t('builder.rules.remove')}
                  <span class="visually-hidden">: {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          class="button button-secondary"
          id="add-role"
          onClick={() => {
            dispatch({ type: 'add-role', label: t('builder.meetings.newRole') });
            requestAnimationFrame(() => {
              const inputs = document.querySelectorAll<HTMLInputElement>('.role-item input');
              inputs[inputs.length - 1]?.select();
            });
          }}
        >
          {t('builder.meetings.addRole')}
        </button>
      </section>
      <section aria-labelledby="rota">
        <h3 id="rota" tabIndex={-1}>
          {t('builder.rota.heading')}
        </h3>
        <p>{t('builder.rota.lead')}</p>
        <ul class="roles-list">
          {draft.members.map((member, i) => (
            <li key={i} class="role-item member-item">
              <TextField
                id={`member-${i}`}
                label={t('builder.rota.member', { n: i + 1 })}
                value={member}
                onInput={(name) => dispatch({ type: 'set-member', index: i, name })}
                t={t}
              />
              <button
                type="button"
                class="button-small button-danger"
                onClick={() => {
                  dispatch({ type: 'remove-member', index: i });
                  focusLater('add-member');
                }}
              >
                {t('builder.rules.remove')}
                <span class="visually-hidden">: {member || t('builder.rota.member', { n: i + 1 })}</span>
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          class="button button-secondary"
          id="add-member"
          onClick={() => {
            dispatch({ type: 'add-member', name: '' });
            focusLater(`member-${draft.members.length}`);
          }}
        >
          {t('builder.rota.addMember')}
        </button>
        <div class="field">
          <label for="rota-meetings">{t('builder.rota.meetings')}</label>
          <input
            id="rota-meetings"
            class="input-number"
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            value={draft.rota.meetings}
            onInput={(e) =>
              dispatch({
                type: 'set-rota-meetings',
                meetings: Number.parseInt(e.currentTarget.value, 10) || 1,
              })
            }
          />
        </div>
      </section>
    </div>
  );
}
