/**
 * The crisis box: first where the numbers work ("In Norway"), then each
 * number (and its chat, if it has one), then one line for readers elsewhere.
 * One component for every place the box appears: the site's pages (through
 * `CrisisBox.astro`), the charter on screen and on paper, and the charter's
 * `.html` file. On screen the numbers call and the chats open; on paper and
 * in files they are text.
 */
import type { JSX } from 'preact';
import type { CrisisModel } from '../../lib/crisis.ts';

interface Props {
  /** The box's title, such as "If someone needs help now". */
  title: string;
  /** The numbers and the lines around them. */
  crisis: CrisisModel;
  /** Make the numbers `tel:` links and the chats links (on screen); plain text on paper and in files. */
  links?: boolean;
  /** The title's level. */
  level?: 2 | 3;
  /** An id for the title, so the box is labelled by it. */
  titleId?: string;
  /** A link to the help-now page, on the site. */
  more?: { href: string; text: string };
  /** Extra classes on the box. */
  class?: string;
}

/** The crisis box. */
export function CrisisBox(props: Props): JSX.Element {
  const { title, crisis, links = false, level = 2, titleId, more } = props;
  const Title = level === 2 ? 'h2' : 'h3';
  return (
    <aside class={`crisis-box ${props.class ?? ''}`.trim()} aria-labelledby={titleId} data-pagefind-ignore>
      <Title class="crisis-box-title" id={titleId}>
        {title}
      </Title>
      {crisis.heading && <p class="crisis-box-where">{crisis.heading}</p>}
      {crisis.lines.length > 0 && (
        <ul>
          {crisis.lines.map((line) => (
            <li key={line.phone}>
              {links ? (
                <a href={`tel:${line.tel}`}>
                  <strong>{line.phone}</strong>
                </a>
              ) : (
                <strong>{line.phone}</strong>
              )}
              {line.name && <>: {line.name}.</>}
              {line.when && <span class="crisis-box-when"> {line.when}</span>}
              {line.chat && (
                <>
                  {' '}
                  {crisis.chatLabel} {links ? <a href={line.chat.url}>{line.chat.label}</a> : line.chat.label}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {crisis.elsewhere && <p class="crisis-box-elsewhere">{crisis.elsewhere}</p>}
      {more && (
        <p class="crisis-box-more">
          <a href={more.href}>{more.text}</a>
        </p>
      )}
    </aside>
  );
}
