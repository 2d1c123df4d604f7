/**
 * The charter, rendered once: the live preview, the review step, the print
 * copy and the `.html` file all show this component, so they cannot drift.
 * It is stateless and walks the charter model's sections; it renders text
 * only (Preact escapes it), and links only on screen (the crisis numbers).
 * The easy-read layout is this same document with its own CSS (one rule a
 * block, large print) and a picture beside each theme, when whoever renders
 * it has loaded the pictures and provides them (`pictures.ts`).
 */
import type { JSX } from 'preact';
import { useContext } from 'preact/hooks';
import type { Block, Charter, CharterCell, Section } from '../../lib/charter/charter.ts';
import { CrisisBox } from './CrisisBox.tsx';
import { Pictures } from './pictures.ts';
import type { ThemePicture } from './on-demand/ThemePicture.tsx';

interface Props {
  /** The charter to show. */
  charter: Charter;
  /** On screen: the group's own words are marked and the crisis numbers can be called. Off for the signed copy. */
  screen?: boolean;
  /** The key of the rule to highlight, if any. */
  active?: string;
  /** The heading level of the charter's title: 2 inside a page, 1 for the print copy and the file. */
  level?: 1 | 2;
  /** An id for the root element. */
  id?: string;
  /** Extra classes on the root element. */
  class?: string;
  /** Leave out sections, such as the rota in the live preview. */
  omit?: Section['id'][];
}

type Level = 'h1' | 'h2' | 'h3' | 'h4';

type PictureComponent = typeof ThemePicture;

/** Text the group typed, marked as its own words on screen. */
function Own({
  text,
  own,
  screen,
  ownWords,
}: {
  text: string;
  own: boolean;
  screen: boolean;
  ownWords: string;
}) {
  return (
    <>
      <bdi>{text}</bdi>
      {own && screen && <span class="own"> ({ownWords})</span>}
    </>
  );
}

function Cell({ cell, head }: { cell: CharterCell; head: boolean }): JSX.Element {
  const Tag = head ? 'th' : 'td';
  return (
    <Tag scope={head ? 'row' : undefined} dir={cell.own ? 'auto' : undefined}>
      {cell.text}
    </Tag>
  );
}

/**
 * A table of the charter (the meeting plan, the signatures, the rota). Exported so the paper
 * worksheet prints its blank plan and signature rows with the same markup as the charter.
 */
export function CharterTable(props: {
  block: Extract<Block, { kind: 'table' }>;
  /** A caption for screen readers, where the table has no heading of its own just above it. */
  caption?: string;
  /** Extra classes on the table. */
  class?: string;
}): JSX.Element {
  const { block, caption } = props;
  const classes = `charter-table charter-table-${block.table} ${props.class ?? ''}`.trim();
  return (
    <>
      <table class={classes}>
        {caption && <caption class="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {block.head.map((h, i) => (
              <th scope="col" key={i}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <Cell key={j} cell={cell} head={block.rowHeads && j === 0} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {block.foot && <p class="charter-foot">{block.foot}</p>}
    </>
  );
}

function BlockView(props: {
  block: Block;
  sub: Level;
  screen: boolean;
  active?: string | undefined;
  charter: Charter;
  Picture: PictureComponent | null;
}): JSX.Element {
  const { block, sub, screen, active, charter, Picture } = props;
  const Sub = sub;
  switch (block.kind) {
    case 'rows':
      return (
        <dl class="charter-rows">
          {block.rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd dir={row.own ? 'auto' : undefined}>
                <Own text={row.value} own={row.own} screen={screen} ownWords={charter.ownWords} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'rules':
      return (
        <>
          {block.themes.map((theme) => (
            <div class="charter-theme" key={theme.theme}>
              {Picture && theme.picture !== undefined && (
                <Picture theme={theme.theme} label={theme.picture} />
              )}
              <Sub>{theme.heading}</Sub>
              <ul class="charter-rule-list">
                {theme.rules.map((rule) => (
                  <li
                    key={rule.key}
                    data-rule-key={rule.key}
                    dir={rule.own ? 'auto' : undefined}
                    class={rule.key === active ? 'charter-rule is-active' : 'charter-rule'}
                  >
                    <Own text={rule.text} own={rule.own} screen={screen} ownWords={charter.ownWords} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      );
    case 'paragraph':
      return (
        <p class={block.own ? 'pre' : undefined} dir={block.own ? 'auto' : undefined}>
          <Own text={block.text} own={block.own} screen={screen} ownWords={charter.ownWords} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i} dir={item.own ? 'auto' : undefined}>
              <bdi>{item.text}</bdi>
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <CharterTable block={block} />;
    case 'crisis':
      return <></>;
  }
}

/** The whole charter. */
export function CharterDocument(props: Props): JSX.Element {
  const { charter, screen = false, active, level = 2, id, omit = [] } = props;
  const Picture = useContext(Pictures);
  const levels: Level[] = level === 1 ? ['h1', 'h2', 'h3'] : ['h2', 'h3', 'h4'];
  const [Title, Heading, sub] = levels as [Level, Level, Level];
  const classes = [
    'charter',
    charter.layout === 'easy-read' ? 'charter-easy-read' : '',
    charter.largePrint ? 'charter-large' : '',
    props.class ?? '',
  ];
  return (
    <article class={classes.filter(Boolean).join(' ')} id={id} lang={charter.lang}>
      <header class="charter-head">
        <Title class="charter-title" dir="auto">
          {charter.title}
        </Title>
        <p class="charter-subtitle">{charter.subtitle}</p>
        {charter.agreement && <p class="charter-agreed">{charter.agreement}</p>}
      </header>
      {charter.sections
        .filter((section) => !omit.includes(section.id))
        .map((section) => {
          const crisis = section.blocks.find((b) => b.kind === 'crisis');
          if (crisis?.kind === 'crisis') {
            return (
              <CrisisBox
                key={section.id}
                title={section.heading}
                crisis={crisis.crisis}
                links={screen}
                level={level === 1 ? 2 : 3}
                class="charter-crisis"
              />
            );
          }
          return (
            <section class={`charter-block charter-${section.id}`} key={section.id}>
              <Heading>{section.heading}</Heading>
              {section.blocks.map((block, i) => (
                <BlockView
                  key={i}
                  block={block}
                  sub={sub}
                  screen={screen}
                  active={active}
                  charter={charter}
                  Picture={Picture}
                />
              ))}
            </section>
          );
        })}
      <p class="charter-made">{charter.footer}</p>
    </article>
  );
}
