/** The first-meeting kit for print: discussion cards, the opening text, and the newcomer sheet. */
import type { JSX } from 'preact';
import type { Kit } from '../../../lib/charter/on-demand/kit.ts';
import './KitView.css';

/** Which part of the kit to show. */
export type KitPart = 'cards' | 'opening' | 'newcomer';

/** The kit's classes: its part, and large print when the group chose it. */
function classes(kit: Kit, ...names: string[]): string {
  return ['kit', ...names, kit.largePrint ? 'kit-large' : ''].filter(Boolean).join(' ');
}

/** One part of the kit. */
export function KitView({ kit, part }: { kit: Kit; part: KitPart }): JSX.Element {
  if (part === 'cards') {
    return (
      <article class={classes(kit, 'kit-cards')} lang={kit.lang}>
        <h2 class="visually-hidden">{kit.labels.cards}</h2>
        <ul class="cards">
          {kit.cards.map((card) => (
            <li class="card" key={card.key}>
              <p class="card-theme">{card.theme}</p>
              <h3 class="card-title">{card.title}</h3>
              <p class="card-text">{card.text}</p>
              {card.why && (
                <p class="card-why">
                  <strong>{kit.labels.why}</strong> {card.why}
                </p>
              )}
              <p class="card-question">
                <strong>{kit.labels.question}</strong> {card.question}
              </p>
            </li>
          ))}
        </ul>
      </article>
    );
  }
  if (part === 'opening') {
    const o = kit.opening;
    return (
      <article class={classes(kit, 'kit-opening')} lang={kit.lang}>
        <h2>{o.heading}</h2>
        {o.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {o.rules.length > 0 && (
          <>
            <p>{o.agreed}</p>
            <ul>
              {o.rules.map((rule, i) => (
                <li key={i}>{rule}</li>
              ))}
            </ul>
          </>
        )}
        <p>{o.close}</p>
      </article>
    );
  }
  const n = kit.newcomer;
  // The sheet is meant for one page: with many rules, the text gets a little smaller (not in large print).
  const lines = n.sections.reduce((sum, section) => sum + section.items.length, 0);
  const dense = lines > 30 && !kit.largePrint;
  return (
    <article class={classes(kit, 'kit-newcomer', dense ? 'dense' : '')} lang={kit.lang}>
      <h2>{n.heading}</h2>
      <p>{n.intro}</p>
      {n.sections.map((section) => (
        <section key={section.heading}>
          <h3>{section.heading}</h3>
          <ul class={section.items.length > 6 && !kit.largePrint ? 'two-columns' : undefined}>
            {section.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
