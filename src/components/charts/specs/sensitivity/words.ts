// The sensitivity chart's description and caption, computed from the rows it draws and leaves out.
import { formatOrders } from '../../../../lib/format';
import { HEADLINE_THRESHOLDS, type Sensitivity, type SensitivityRow } from '../../../../lib/sensitivity';
import type { Assumptions } from '../../../../lib/types';
import { thresholdText } from '../labels';
import { assumptionsLine, SETTING_NAMES } from '../words';
import { placeOf, type Drawn } from './rows';

/** "3.9" or "never": where one crossing is. */
const where = (h: SensitivityRow['headline'][number]): string => {
  const p = placeOf(h);
  return p.kind === 'orders' ? formatOrders(p.orders) : p.word;
};

/** "80% +3.9, 90% +7.2, 95% never": a row's three crossings. */
const crossings = (row: SensitivityRow): string => row.headline.map((h) => `${thresholdText(h.threshold)} ${where(h)}`).join(', ');

const listed = (names: string[]): string => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join('; ')}; and ${names.at(-1)}`);

export function sensitivityDescription(base: Assumptions, result: Sensitivity, drawn: Drawn): string {
  return (
    `Orders of magnitude of training compute beyond GPT-3 175B at which the overall ${SETTING_NAMES[base.setting]} score's ${base.fitForm} fit reaches ` +
    `${HEADLINE_THRESHOLDS.map(thresholdText).join(', ')}: now ${crossings(result.base)}. With one assumption changed: ` +
    `${drawn.moved.map((r) => `${r.label}: ${crossings(r)}`).join('; ')}.`
  );
}

export function sensitivityCaption(base: Assumptions, result: Sensitivity, drawn: Drawn): string {
  const edges = [...new Set([...result.base.headline, ...drawn.moved.flatMap((r) => r.headline)].flatMap((h) => (h.orders === null ? [placeOf(h)] : [])).map((p) => (p.kind === 'edge' ? p.word : '')))];
  const edgeText = edges.length
    ? `At a panel's right edge, past the dotted line, a crossing with no number: ${edges
        .map((w) => (w === 'never' ? '"never" (the fit does not reach the threshold at any possible loss)' : w === 'no fit' ? '"no fit" (the fit failed)' : '"unreachable" (the loss model puts the loss out of reach of any compute)'))
        .join('; ')}; an arrow marks a crossing moved there. `
    : '';
  const still = drawn.still.map((r) => r.label);
  return (
    `How far the headline moves: the orders of magnitude of training compute beyond GPT-3 175B at which the overall ${SETTING_NAMES[base.setting]} score's ` +
    `${base.fitForm} fit reaches ${HEADLINE_THRESHOLDS.map(thresholdText).join(', ')} (one panel each). The vertical line is the current assumptions ` +
    `(${crossings(result.base)}); each row changes one assumption, rerunning the whole analysis without the bootstrap, and its dot is where the crossing moves: ` +
    `right of the line (red), the threshold needs more compute; left (blue), less; the number above a dot is the change. Rows in order of how far they move their furthest-moving crossing. ` +
    edgeText +
    (still.length ? `Not drawn, because they move no crossing's orders of magnitude (only its dollars and years; see the table): ${listed(still)}. ` : '') +
    assumptionsLine(base)
  );
}
