/**
 * The crisis box: which country the numbers are for, the numbers, and a word
 * for readers elsewhere. One component for every place the box appears: the
 * site's pages (through `CrisisBox.astro`), the charter on screen and on
 * paper, and the charter's `.html` file.
 */
import type { JSX } from 'preact';
import type { CrisisModel } from '../../lib/charter/charter.ts';

interface Props {
  /** The box's heading. */
  heading: string;
  /** The numbers and notes. */
  crisis: CrisisModel;
  /** Make the numbers `tel:` links (on screen); plain text on paper and in files. */
  links?: boolean;
  /** The heading's level. */
  level?: 2 | 3;
  /** An id for the heading, so the box can be labelled by it. */
  headingId?: string;
  /** A link to the help-now page, on the site. */
  more?: { href: string; text: string };
  /** Extra classes on the box. */
  class?: string;
}

/** The crisis box. */
export function CrisisBox(props: Props): JSX.Element {
  const { heading, crisis, links = false, level = 2, headingId, more } = props;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <aside class={`crisis-box ${props.class ?? ''}`.trim()} aria-labelledby={headingId} data-pagefind-ignore>
      <Heading class="crisis-box-title" id={headingId}>
        {heading}
      </Heading>
      {crisis.region && <p class="crisis-box-region">{crisis.region}</p>}
      {crisis.lines.length > 0 && (
        <ul>
          {crisis.lines.map((line) => (
            <li key={line.phone}>
              {links ? (
                <a href={`tel:${line.phone.replace(/ /g, '')}`}>
                  <strong>{line.phone}</strong>
                </a>
              ) : (
                <strong>{line.phone}</strong>
              )}
              {line.name && <>: {line.name}.</>}
              {line.when && <> {line.when}</>}
            </li>
          ))}
        </ul>
      )}
      {crisis.notes.map((note, i) => (
        <p key={i}>{note}</p>
      ))}
      {more && (
        <p class="crisis-box-more">
          <a href={more.href}>{more.text}</a>
        </p>
      )}
    </aside>
  );
}
