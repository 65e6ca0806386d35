// The extrapolation chart's title, description and caption. Each crossing's sentence carries its §6
// warnings; the caption names no internal section and no arbitrary number.
import { noFitText } from '../../../../lib/fit-sentences';
import { formatFlop, formatLoss, formatOrders } from '../../../../lib/format';
import { warningText } from '../../../../lib/yardstick';
import type { FitForm, Series } from '../../../../lib/types';
import { seriesName, thresholdText } from '../labels';
import { capitalise } from '../series';
import { assumptionsLine, SETTING_NAMES } from '../words';
import { drawnBands } from './bands';
import { readingName } from './compute-axis';
import { WEAK_MARK } from './end-labels';
import { leadForm, type Frame } from './frame';
import { failedFits } from './legend';
import { weakFitText } from './trust';
import { notDrawnText, type References } from './references';
import { shadingText, type ShadedRegion } from './shading';

/** What the chart is of: "the overall score", one name, a few names, or "11 series". */
function subject(frame: Frame): string {
  const names = frame.list.map(seriesName);
  if (frame.single) return frame.list[0]!.kind === 'overall' ? 'the overall score' : names[0]!;
  return names.length > 4 ? `${names.length} series` : names.join(', ');
}

const fitsText = (forms: FitForm[]) => (forms.length === 2 ? 'linear (dashed) and logistic (solid) fits' : `${forms[0]} fit`);

export function title(frame: Frame): string {
  return `${capitalise(subject(frame))}: ${SETTING_NAMES[frame.setting]} score extrapolated to lower loss`;
}

/** Where one fit crosses `threshold`, with what it costs and its §6 warnings. */
export function crossingSentence(frame: Frame, s: Series, form: FitForm, threshold: number): string {
  const c = s.crossings[form].find((x) => x.threshold === threshold);
  const who = `${seriesName(s)}, ${form}`;
  if (!c) return '';
  if (c.status === 'no-fit') return `${who}: ${noFitText(form, c)}.`;
  if (c.status === 'never') return `${who}: never reaches ${thresholdText(threshold)} (${c.reason}).`;
  if (c.status === 'already') return `${who}: already past ${thresholdText(threshold)} at GPT-3 175B.`;
  const r = c.resources;
  if (!r.ok) return `${who}: ${thresholdText(threshold)} at loss ${formatLoss(c.loss)} (${r.reason}).`;
  const warning = warningText(r, frame.analysis.assumptions.lossModel);
  return (
    `${who}: ${thresholdText(threshold)} at loss ${formatLoss(c.loss)} (${formatFlop(r.flop)}, ` +
    `${formatOrders(r.ordersBeyondGpt3)} orders of magnitude beyond GPT-3${warning ? `; warning: ${warning}` : ''}).`
  );
}

export function description(frame: Frame, references: References): string {
  const { analysis, forms, list } = frame;
  const { thresholds } = analysis.assumptions;
  const keyThreshold = thresholds.includes(0.9) ? 0.9 : thresholds[thresholds.length - 1]!;
  const summaries = list.flatMap((s) => forms.map((form) => crossingSentence(frame, s, form, keyThreshold)));
  return (
    `Normalised ${SETTING_NAMES[frame.setting]} score of ${subject(frame)} against loss, from the GPT-3 models (${formatLoss(Math.max(...analysis.losses))} to ` +
    `${formatLoss(Math.min(...analysis.losses))}) to far lower loss. ` +
    summaries.join(' ') +
    (references.inRange.length ? ` Reference lines: ${references.inRange.map((r) => `${r.reference.label} at loss ${formatLoss(r.loss)}`).join('; ')}.` : '')
  );
}

/** The bands' sentence: whose they are, or why there are none. */
function bandsText(frame: Frame): string {
  const { analysis, forms, list, single } = frame;
  const lead = leadForm(frame);
  if (!single) return 'Each curve is named at its end. Bootstrap bands are drawn on single-series charts only. ';
  if (!list.some((s) => forms.some((f) => drawnBands(frame, s, f)))) return '';
  const whose = forms.length > 1 ? ` of the ${lead} fit${lead === analysis.assumptions.fitForm ? ' (the form chosen under Assumptions)' : ''}` : '';
  return `Bands: the bootstrap's 80% and 95% ranges${whose}, from ${analysis.assumptions.bootstrap} resamples. `;
}

/** How a multi-series chart draws its weak fits, for the caption. */
const weakHow = (frame: Frame): string => `${WEAK_MARK.trim()} ${leadForm(frame) === 'logistic' ? 'Faded and dotted' : 'Faded'}`;

export function caption(frame: Frame, references: References, regions: readonly ShadedRegion[]): string {
  const { analysis, forms, list, single } = frame;
  const { assumptions } = analysis;
  const failures = failedFits(frame);
  return (
    `Normalised ${SETTING_NAMES[frame.setting]} score (0 = chance, 1 = ceiling) of ${single ? subject(frame) : list.map(seriesName).join(', ')} against loss, lower loss to the right: ` +
    `the eight GPT-3 models (points) and the ${fitsText(forms)} extended far below GPT-3 175B's loss. ` +
    bandsText(frame) +
    weakFitText(list, single ? '' : weakHow(frame)) +
    shadingText(regions) +
    `Dotted horizontal lines: the thresholds ${assumptions.thresholds.map(thresholdText).join(', ')}, labelled in bold on the left. ` +
    `Dashed vertical lines: reference quantities converted to loss, each labelled at its foot.` +
    notDrawnText(references) +
    ` The top axis marks the losses that 10ⁿ FLOP of training reach, with the parameters, tokens and dollars of that budget (${readingName(analysis)}). ` +
    (failures.length ? `No fit: ${failures.join('; ')}. ` : '') +
    assumptionsLine(assumptions)
  );
}
