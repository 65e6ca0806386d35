// What Plot writes that a page need not carry: coordinates to 15 digits, polylines with many points on
// one straight line, and a copy of its stylesheet in every chart (site.css holds it once). draw.ts
// tidies every drawing, at build time and in the browser alike, so the two stay the same picture.

/** A number in an attribute: 182.27272727272728, -6, .5, 1e-7. */
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** `value` to `digits` decimals, written as briefly as possible (182.27, 48, 0; never -0). */
export function roundNumber(value: number, digits = 2): string {
  const scale = 10 ** digits;
  const rounded = Math.round(value * scale) / scale;
  return String(rounded === 0 ? 0 : rounded);
}

/** Every number in `text` rounded to `digits` decimals: `translate(48,182.27272727272728)` → `translate(48,182.27)`. */
export function roundNumbers(text: string, digits = 2): string {
  return text.replace(NUMBER, (n) => roundNumber(Number(n), digits));
}

type Point = [number, number];

/** Distance from `p` to the segment from `a` to `b`. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Ramer–Douglas–Peucker: the fewest of `points` (first and last kept) within `tolerance` of them all. */
export function simplifyPolyline(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Path data made only of absolute moves, lines and closes (what Plot's lines, areas and rules write). */
const POLYLINE_PATH = /^(?:\s*[MLZ](?:\s*-?[\d.e+-]+\s*,\s*-?[\d.e+-]+)?)+\s*$/i;

/**
 * Path data with each straight run of points reduced to its ends (within `tolerance` pixels) and its
 * numbers rounded. Paths with curves or arcs (Plot's symbols, curved lines) are only rounded.
 */
export function simplifyPath(d: string, tolerance = 0.2, digits = 2): string {
  // Lower-case (relative) commands, and a line straight after a close, are left to rounding.
  if (!POLYLINE_PATH.test(d) || /[a-df-z]/.test(d) || /Z\s*[^M\s]/i.test(d)) return roundNumbers(d, digits);
  const out: string[] = [];
  const runs = d.match(/[MLZ][^MLZ]*/gi) ?? [];
  let run: Point[] = [];
  const flush = () => {
    simplifyPolyline(run, tolerance).forEach(([x, y], i) => out.push(`${i === 0 ? 'M' : 'L'}${roundNumber(x, digits)},${roundNumber(y, digits)}`));
    run = [];
  };
  for (const command of runs) {
    const letter = command[0]!.toUpperCase();
    if (letter === 'Z') {
      flush();
      out.push('Z');
      continue;
    }
    if (letter === 'M') flush();
    const [x, y] = command.slice(1).split(',').map(Number) as [number, number];
    // Rounded first, so Node and the browser (whose last bits may differ) simplify the same points.
    run.push([Number(roundNumber(x, digits)), Number(roundNumber(y, digits))]);
  }
  flush();
  return out.join('');
}

/** The attributes that hold positions and sizes, in pixels. */
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'width', 'height', 'transform', 'points'];

/** Rounds the geometry of `root` and its descendants, simplifies their paths, and drops Plot's <style>. */
export function tidySvg(root: Element): void {
  for (const style of Array.from(root.querySelectorAll('style'))) style.remove();
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of GEOMETRY) {
      const value = element.getAttribute(name);
      if (value !== null && /\d\.\d{3}/.test(value)) element.setAttribute(name, roundNumbers(value));
    }
    const d = element.getAttribute('d');
    if (d !== null) element.setAttribute('d', simplifyPath(d));
  }
}

/** Raises every font size below `floor` pixels to it: no chart text is drawn smaller (layout.ts says why). */
export function floorFontSizes(root: Element, floor: number): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('[font-size]'))]) {
    const size = Number.parseFloat(element.getAttribute('font-size') ?? '');
    if (Number.isFinite(size) && size < floor) element.setAttribute('font-size', String(floor));
  }
}
