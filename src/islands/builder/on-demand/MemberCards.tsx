/**
 * Members' cards: one card component for both the printed sheet (eight cards
 * to an A4 or Letter page, two across and four down, with cut marks) and the
 * picture saved for a phone (`card-image.tsx` draws this same card). The
 * group's words are text, isolated so that right-to-left names cannot turn a
 * line around. Loaded only when someone asks for the cards.
 */
import type { JSX } from 'preact';
import { CARDS_PER_SHEET, type MemberCard as Card } from '../../../lib/charter/cards.ts';
import './MemberCards.css';

/** One member's card; `image` lays it out for a phone's screen instead of a sheet. */
export function MemberCard({ card, image = false }: { card: Card; image?: boolean }): JSX.Element {
  return (
    <div class={image ? 'member-card member-card-image' : 'member-card'} lang={card.lang}>
      <p class="member-card-name" dir="auto">
        {card.name}
      </p>
      {card.rows.map((row) => (
        <p class="member-card-row" key={row.label}>
          <strong>{row.label}:</strong> <bdi>{row.value}</bdi>
        </p>
      ))}
      {card.meetings.length > 0 && (
        <>
          <p class="member-card-row">
            <strong>{card.meetingsHeading}:</strong>
          </p>
          <ul class="member-card-dates">
            {card.meetings.map((m) => (
              <li key={m.date}>
                {m.day}
                {m.holder && card.role && (
                  <>
                    {' – '}
                    <bdi>{card.role}</bdi>: <bdi>{m.holder}</bdi>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {card.absence && (
        <p class="member-card-row member-card-absence">
          {card.absence.lead && <strong>{card.absence.lead} </strong>}
          <bdi>{card.absence.text}</bdi>
        </p>
      )}
      {card.help && (
        <p class="member-card-help">
          <strong>{card.help.label}:</strong> {card.help.phone} ({card.help.name})
        </p>
      )}
    </div>
  );
}

/** Where the cut marks go: three lines down the sheet and five across it. */
const DOWN = [0, 1, 2];
const ACROSS = [0, 1, 2, 3, 4];

/** The sheets of cards to print, each with its cut marks. */
export function MemberCardSheet({ card }: { card: Card }): JSX.Element {
  const sheets = Math.max(1, Math.ceil(card.count / CARDS_PER_SHEET));
  return (
    <article class="member-sheets" lang={card.lang}>
      <h2 class="visually-hidden">{card.title}</h2>
      {Array.from({ length: sheets }, (_, s) => (
        <div class="member-sheet" key={s}>
          <ul class="member-sheet-grid">
            {Array.from({ length: CARDS_PER_SHEET }, (_, i) => (
              <li key={i}>
                <MemberCard card={card} />
              </li>
            ))}
          </ul>
          {DOWN.map((n) => (
            <span key={`d${n}`} class={`cut cut-down cut-${n}`} aria-hidden="true" />
          ))}
          {ACROSS.map((n) => (
            <span key={`a${n}`} class={`cut cut-across cut-${n}`} aria-hidden="true" />
          ))}
        </div>
      ))}
    </article>
  );
}
