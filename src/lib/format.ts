// How the site prints numbers: a few significant figures, powers of ten in Unicode superscripts, so
// the same text reads the same in the HTML, in a table and in a screen reader.

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** `value` rounded to `digits` significant figures, as a plain decimal string (no exponent). */
export function significant(value: number, digits = 2): string {
  if (value === 0) return '0';
  return String(Number(value.toPrecision(digits)));
}

/** 3.1 × 10²⁵ (scientific notation with `digits` significant figures; plain decimals between 0.01 and 10,000). */
export function scientific(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude === 0 || (magnitude >= 0.01 && magnitude < 1e4)) return significant(value, digits);
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e') as [string, string];
  const power = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  return `${Number(mantissa)} × 10${power}`;
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 310 million, 3.1 trillion; scientific notation beyond a thousand trillion. */
export function words(value: number, digits = 2): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15) return scientific(value, digits);
  for (const [scale, name] of SCALES) {
    if (magnitude >= scale) return `${significant(value / scale, digits)} ${name}`;
  }
  return significant(value, digits);
}

export const formatLoss = (loss: number): string => loss.toFixed(3);
export const formatFlop = (flop: number): string => `${scientific(flop)} FLOP`;
export const formatParams = (params: number): string => `${scientific(params)} parameters`;
export const formatTokens = (tokens: number): string => `${scientific(tokens)} tokens`;
export const formatWords = (count: number): string => `${scientific(count)} words`;
export const formatDollars = (dollars: number): string => `$${words(dollars)}`;
/** A share in [0, 1] as a percentage: 0.9 → "90%". */
export const formatPercent = (share: number, digits = 2): string => `${significant(share * 100, digits)}%`;
/** A difference of normalised scores in percentage points, signed: 0.061 → "+6.1". */
export const formatPoints = (difference: number): string =>
  `${difference >= 0 ? '+' : '−'}${significant(Math.abs(difference) * 100, 2)}`;
/** Orders of magnitude, signed: 2.96 → "+3.0". */
export const formatOrders = (orders: number): string => {
  const rounded = Math.abs(orders).toFixed(1);
  // A value that rounds to zero has no direction: "+0.0", never "−0.0".
  return `${orders < 0 && Number(rounded) !== 0 ? '−' : '+'}${rounded}`;
};
