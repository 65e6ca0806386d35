// How the site prints numbers: a few significant figures, powers of ten in Unicode superscripts, so
// the same text reads the same in the HTML, in a table and in a screen reader.

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/**
 * One Intl.NumberFormat per set of options, made once: constructing one costs far more than
 * formatting with it, and a redraw in the browser prints thousands of numbers.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en', options);
    numberFormats.set(key, format);
  }
  return format;
}

/** What any formatter prints for a value that is not a finite number: never "NaN" or "Infinity". */
export const NOT_A_NUMBER = '–';

/** `value` rounded to `digits` significant figures, as a plain decimal string (no exponent). */
export function significant(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  if (value === 0) return '0';
  return String(Number(value.toPrecision(digits)));
}

/** 3.1 × 10²⁵ (scientific notation with `digits` significant figures; plain decimals between 0.01 and 10,000). */
export function scientific(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const magnitude = Math.abs(value);
  if (magnitude === 0 || (magnitude >= 0.01 && magnitude < 1e4)) return significant(value, digits);
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e') as [string, string];
  const power = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  return `${Number(mantissa)} × 10${power}`;
}

/** 720 thousand, 310 million, 3.1 trillion (Intl's long compact notation); scientific beyond a thousand trillion. */
export function words(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15) return scientific(value, digits);
  if (magnitude < 1e3) return significant(value, digits);
  return numberFormat({ notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: digits }).format(value);
}

/** Intl's sign for a rounded value, with a true minus sign; a value that rounds to zero is "+0.0". */
function signed(value: number, options: Intl.NumberFormatOptions): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const text = numberFormat({ ...options, signDisplay: 'always', useGrouping: false }).format(value);
  return text.replace(/^-(0(\.0+)?)$/, '+$1').replace('-', '−');
}

/** The first letter in upper case, for a phrase that starts a sentence. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** R², to three decimals: a near-perfect fit reads "0.999", never "1". */
export const formatR2 = (r2: number): string => (Number.isFinite(r2) ? r2.toFixed(3) : NOT_A_NUMBER);
export const formatLoss = (loss: number): string => (Number.isFinite(loss) ? loss.toFixed(3) : NOT_A_NUMBER);
export const formatFlop = (flop: number): string => `${scientific(flop)} FLOP`;
export const formatParams = (params: number): string => `${scientific(params)} parameters`;
export const formatTokens = (tokens: number): string => `${scientific(tokens)} tokens`;
export const formatWords = (count: number): string => `${scientific(count)} words`;
export const formatDollars = (dollars: number): string => (Number.isFinite(dollars) ? `$${words(dollars)}` : NOT_A_NUMBER);
/** A share in [0, 1] as a percentage: 0.9 → "90%". */
export const formatPercent = (share: number, digits = 2): string =>
  Number.isFinite(share) ? `${significant(share * 100, digits)}%` : NOT_A_NUMBER;
/** A difference of normalised scores in percentage points, signed: 0.061 → "+6.1". */
export const formatPoints = (difference: number): string => signed(difference * 100, { maximumSignificantDigits: 2 });
/** An absolute difference of normalised scores in percentage points, unsigned: 0.061 → "6.1". */
export const formatAbsPoints = (difference: number): string =>
  Number.isFinite(difference) ? numberFormat({ maximumSignificantDigits: 2, useGrouping: false }).format(Math.abs(difference) * 100) : NOT_A_NUMBER;
/** Orders of magnitude, signed: 2.96 → "+3.0"; a value that rounds to zero has no direction: "+0.0". */
export const formatOrders = (orders: number): string => signed(orders, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
