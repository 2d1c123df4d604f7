/**
 * The steps after the start step, and the rules step's preview: the part of the screen whose code loads
 * with the later steps (`on-demand/later.ts`).
 */
import type { JSX } from 'preact';
import type { Theme } from '../../schemas/rule.ts';
import type { Charter } from '../../lib/charter/charter.ts';
import { availableDownloads, type DownloadKind } from '../../lib/charter/downloads.ts';
import type { Step } from '../../lib/charter/draft.ts';
import type { Warning } from '../../lib/charter/warnings.ts';
import type { BuilderContext } from './context.ts';
import type { LangLoad } from './data.ts';
import { Preview } from './Preview.tsx';
import type { PrintPart } from './PrintArea.tsx';
import { StepChanges } from './StepChanges.tsx';
import { StepGroup } from './StepGroup.tsx';
import { StepMeetings } from './StepMeetings.tsx';
import { StepReview } from './StepReview.tsx';
import { StepRules } from './StepRules.tsx';

interface Props {
  /** The step shown (not the start step). */
  step: Step;
  /** Shared builder context. */
  ctx: BuilderContext;
  /** The charter as it is now. */
  charter: Charter;
  /** The warnings that apply. */
  warnings: Warning[];
  /** Which themes of the rules step are open, and how to open or close one. */
  themes: { open: ReadonlySet<Theme | 'own'>; toggle: (theme: Theme | 'own', open: boolean) => void };
  /** The rule being edited, for the preview. */
  activeRule: string | undefined;
  /** Prints a part. */
  onPrint: (part: PrintPart) => void;
  /** Saves a file. */
  onDownload: (kind: DownloadKind) => void;
  /** A charter language the group chose, loading or failed. */
  langChoice: LangLoad;
  /** The group chose a language for the charter. */
  onLang: (lang: 'en' | 'nb') => void;
}

/** The step's body, and beside the rules step the preview. */
export function LaterSteps(props: Props): JSX.Element {
  const { step, ctx, charter } = props;
  return (
    <>
      <div class="step-body">
        {step === 'group' && <StepGroup ctx={ctx} />}
        {step === 'rules' && <StepRules ctx={ctx} themes={props.themes} />}
        {step === 'meetings' && <StepMeetings ctx={ctx} />}
        {step === 'changes' && <StepChanges ctx={ctx} />}
        {step === 'review' && (
          <StepReview
            ctx={ctx}
            charter={charter}
            warnings={props.warnings}
            available={availableDownloads(ctx.draft, charter)}
            onPrint={props.onPrint}
            onDownload={props.onDownload}
            onFix={(to, target) => ctx.goTo(to, target, 'review')}
            langChoice={props.langChoice}
            onLang={props.onLang}
          />
        )}
      </div>
      {step === 'rules' && <Preview charter={charter} active={props.activeRule} t={ctx.t} />}
    </>
  );
}
