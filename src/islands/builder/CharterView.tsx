/**
 * The charter as it prints: the same model the downloads render. Used for the
 * live preview, the review step, and the print copy.
 */
import type { JSX } from 'preact';
import type { Charter } from '../../lib/charter/charter.ts';

interface Props {
  /** The charter to show. */
  charter: Charter;
  /** The key of the rule to highlight, if any. */
  active?: string;
  /** An id for the root element. */
  id?: string;
  /** Extra classes on the root element. */
  class?: string;
  /** The heading level of the charter's title: 2 inside the page, 1 for the print copy. */
  level?: 1 | 2;
}

/** The whole charter. */
/** Labelled values (about the group, its meetings) as a description list. */
function Rows({
  rows,
  class: className,
}: {
  rows: { label: string; value: string }[];
  class?: string;
}): JSX.Element {
  return (
    <dl class={className}>
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CharterView({ charter, active, id, class: className, level = 2 }: Props): JSX.Element {
  const Title = level === 1 ? 'h1' : 'h2';
  const Section = level === 1 ? 'h2' : 'h3';
  const Sub = level === 1 ? 'h3' : 'h4';
  const l = charter.labels;
  return (
    <article class={`charter ${className ?? ''}`} id={id} lang={charter.lang}>
      <header class="charter-head">
        <Title class="charter-title">{charter.title}</Title>
        <p class="charter-subtitle">{charter.subtitle}</p>
      </header>
      {charter.about.length > 0 && (
        <section class="charter-block">
          <Section>{l.about}</Section>
          <Rows rows={charter.about} />
        </section>
      )}
      <section class="charter-block">
        <Section>{l.details}</Section>
        <Rows rows={charter.details} class="charter-details" />
      </section>
      {charter.themes.length > 0 && (
        <section class="charter-block">
          <Section>{l.rules}</Section>
          {charter.themes.map((theme) => (
            <div class="charter-theme" key={theme.theme}>
              <Sub>{theme.heading}</Sub>
              <ul class="charter-rules">
                {theme.rules.map((rule) => (
                  <li
                    key={rule.key}
                    data-rule-key={rule.key}
                    class={rule.key === active ? 'charter-rule is-active' : 'charter-rule'}
                  >
                    {rule.text}
                    {rule.own && <span class="own"> ({l.ownWords})</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {charter.outline.length > 0 && (
        <section class="charter-block">
          <Section>{l.outline}</Section>
          <table class="charter-outline">
            <thead>
              <tr>
                <th scope="col">{l.part}</th>
                <th scope="col">{l.minutes}</th>
              </tr>
            </thead>
            <tbody>
              {charter.outline.map((part, i) => (
                <tr key={i}>
                  <td>{part.label}</td>
                  <td>{part.minutes}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="charter-total">{charter.outlineTotal}</p>
        </section>
      )}
      {charter.roles.length > 0 && (
        <section class="charter-block">
          <Section>{l.roles}</Section>
          <ul>
            {charter.roles.map((role, i) => (
              <li key={i}>{role}</li>
            ))}
          </ul>
        </section>
      )}
      {charter.absence && (
        <section class="charter-block">
          <Section>{l.absence}</Section>
          <p>{charter.absence}</p>
        </section>
      )}
      {charter.whenBroken && (
        <section class="charter-block">
          <Section>{l.whenBroken}</Section>
          <p class="pre">{charter.whenBroken}</p>
        </section>
      )}
      {charter.review && (
        <section class="charter-block">
          <Section>{l.review}</Section>
          <p class="pre">{charter.review}</p>
        </section>
      )}
      {charter.starter && (
        <section class="charter-block">
          <Section>{l.starter}</Section>
          <p>{charter.starter}</p>
        </section>
      )}
      <section class="charter-block charter-sign">
        <Section>{l.declaration}</Section>
        <p>{charter.declaration}</p>
        <Sub>{l.signatures}</Sub>
        <table class="charter-signatures">
          <thead>
            <tr>
              <th scope="col">{l.name}</th>
              <th scope="col">{l.signature}</th>
              <th scope="col">{l.date}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: charter.signatureRows }, (_, i) => (
              <tr key={i}>
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <aside class="charter-crisis">
        <p class="charter-crisis-title">{l.crisis}</p>
        <ul>
          {charter.crisis.lines.map((line) => (
            <li key={line.phone}>
              <strong>{line.phone}</strong> {line.name}. {line.when}
            </li>
          ))}
        </ul>
        <p>{charter.crisis.fallback}</p>
      </aside>
      <p class="charter-made">{l.madeWith}</p>
      {charter.rota && <RotaView charter={charter} />}
    </article>
  );
}

/** The rota: a table of meetings and who holds each role. Printed on a page of its own. */
export function RotaView({ charter }: { charter: Charter }): JSX.Element | null {
  const rota = charter.rota;
  if (!rota) return null;
  return (
    <section class="charter-rota" lang={charter.lang}>
      <h3>{charter.labels.rota}</h3>
      <p class="charter-rota-group">{charter.title}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{charter.labels.rotaDate}</th>
            {rota.roles.map((role, i) => (
              <th scope="col" key={i}>
                {role}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rota.rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row.label}</th>
              {row.holders.map((holder, j) => (
                <td key={j}>{holder}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rota.note && <p>{rota.note}</p>}
    </section>
  );
}
