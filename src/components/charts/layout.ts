// How wide a chart is drawn. An SVG scales as an image, so its text is as small on screen as its drawn
// size times (shown width / drawn width): a 640-pixel chart on a 358-pixel phone column shows 10-pixel
// text at 5.6 pixels. So no chart text is drawn below FONT_PX, and no drawing is shown much narrower
// than it was drawn: the build draws each figure twice, REGULAR_WIDTH wide and NARROW_WIDTH wide, and
// the CSS (site.css, a container query on the figure) shows the regular one only where it keeps its
// text at MIN_TEXT_PX or more. In the browser the live layer draws at the container's width instead.

/** The smallest chart text a reader sees, in CSS pixels (at any viewport from 360 pixels up). */
export const MIN_TEXT_PX = 11;
/** The smallest chart text drawn (draw.ts raises anything smaller to it). */
export const FONT_PX = 12;
/** The regular drawing: about the text column at 1280 pixels (632) and wider. */
export const REGULAR_WIDTH = 640;
/** The narrow drawing, for phones: the text column at 360 pixels is 328 wide. */
export const NARROW_WIDTH = 340;

/** Below this width a spec lays out for a phone: fewer ticks, shorter labels, keys moved out of the frame. */
const PHONE_BELOW = 500;
export const isPhoneWidth = (width: number): boolean => width < PHONE_BELOW;

/** What a spec may lay out for: the width it is drawn at, in pixels. */
export interface ChartLayout {
  width: number;
}

export const REGULAR: ChartLayout = { width: REGULAR_WIDTH };
export const NARROW: ChartLayout = { width: NARROW_WIDTH };

/** The narrowest container a drawing `width` wide keeps its text legible in. */
export const legibleFrom = (width: number): number => Math.ceil((width * MIN_TEXT_PX) / FONT_PX);

/** Where site.css switches from the narrow drawing to the regular one (587 pixels). */
export const REGULAR_FROM = legibleFrom(REGULAR_WIDTH);

/** Drawings narrower than this lay out badly (axes over marks); a narrower container scales one down. */
const MIN_WIDTH = 240;

/**
 * The width to draw at in a container `container` pixels wide: the regular width wherever it stays
 * legible (so the live drawing is the build's, pixel for pixel), else the container's own width.
 */
export function widthFor(container: number): number {
  if (container >= REGULAR_FROM) return REGULAR_WIDTH;
  return Math.max(MIN_WIDTH, Math.floor(container));
}
