// Which curves to trust least. A fit is only as good as the rise it is fitted to: where nearly every
// GPT-3 model scores at chance and only the largest one or two lift off, the fitted curve's whole
// rise rests on those one or two points (ANLI and arithmetic few-shot), and its crossings say little.
// The rule counts the models that have risen off chance; fewer than three is too few.
import type { Series } from '../../../../lib/types';
import { formatPercent } from '../../../../lib/format';
import { seriesName } from '../labels';

/** A model "has risen" when it scores more than this share of the way from chance to the ceiling. */
export const RISEN_SCORE = 0.1;
/** A fit needs at least this many risen models to be drawn as trusted. */
export const MIN_RISEN_MODELS = 3;

/** How many of the series' models score above RISEN_SCORE. */
export const risenModels = (s: Series): number => s.y.filter((y) => y > RISEN_SCORE).length;

export const isWeakFit = (s: Series): boolean => risenModels(s) < MIN_RISEN_MODELS;

const COUNT_WORDS = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const countWord = (n: number): string => COUNT_WORDS[n] ?? String(n);

/** "fewer than three of the eight models score more than 10% of the way from chance to the ceiling" */
export function ruleText(models: number): string {
  return `fewer than ${countWord(MIN_RISEN_MODELS)} of the ${countWord(models)} GPT-3 models score more than ${formatPercent(RISEN_SCORE)} of the way from chance to the ceiling`;
}

/** "NLI (ANLI) and Arithmetic", "A, B and C". */
const listed = (names: string[]): string => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * The caption's sentence on the weak fits among `list`, or '' when there are none. `how` says how
 * they are drawn ("* Faded and dotted"), or is empty where they are drawn as the others are.
 */
export function weakFitText(list: readonly Series[], how: string): string {
  const weak = list.filter(isWeakFit);
  if (weak.length === 0) return '';
  const rule = ruleText(weak[0]!.y.length);
  if (list.length === 1) {
    const n = risenModels(weak[0]!);
    return `This fit is among the least trustworthy: ${rule} (${countWord(n)} ${n === 1 || n === 0 ? 'does' : 'do'}), so its rise rests on one or two points, or none. `;
  }
  const counts = weak.map((s) => `${seriesName(s)}: ${countWord(risenModels(s))}`).join('; ');
  return (
    `${how ? `${how}: ` : ''}${listed(weak.map(seriesName))}, the least trustworthy ${weak.length === 1 ? 'fit' : 'fits'}: ` +
    `${rule} (${counts}), so ${weak.length === 1 ? 'its' : 'each'} fitted rise rests on one or two points, or none. `
  );
}
