// A figure's "Download SVG", "Download PNG" and "Embed" (Figure.astro), in the browser: the downloads
// are of the drawing on screen (the reader's assumptions, width and theme), not the build's file, which
// the SVG link keeps as its href for a reader without JavaScript. The PNG exists only here (a canvas
// draws the SVG at twice its size), so its button is shown only here. The embed snippet gets the
// reader's origin and state when opened. Small and free of Plot: it never loads the runtime.
import { parseColour, formatColour } from '../charts/colour';
import { standaloneSvg } from '../charts/standalone-svg';

const PNG_SCALE = 2;

/** The drawing the reader sees: the live one, or whichever of the build's two the CSS shows. */
function shownDrawing(figure: Element): SVGSVGElement | null {
  for (const plot of figure.querySelectorAll<HTMLElement>('[data-plot], [data-plot-narrow]')) {
    const svg = plot.querySelector<SVGSVGElement>(':scope > svg');
    if (svg && getComputedStyle(plot).display !== 'none') return svg;
  }
  return null;
}

/**
 * Colour custom properties as `drawing` resolves them now, in the page's theme: read from a probe put
 * inside it (where the chart's own properties, --plot-background, are set) on first use, after
 * standaloneSvg has copied the drawing; `done` takes the probe out again.
 */
function colourLookup(drawing: SVGSVGElement): { colourOf: (name: string) => string; done: () => void } {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  let probe: SVGGElement | undefined;
  const seen = new Map<string, string>();
  const colourOf = (name: string) => {
    let colour = seen.get(name);
    if (colour === undefined) {
      probe ??= drawing.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
      probe.style.color = `var(${name})`;
      colour = plain(getComputedStyle(probe).color, canvas);
      seen.set(name, colour);
    }
    return colour;
  };
  return { colourOf, done: () => probe?.remove() };
}

/** `computed` as `#rrggbb`/`rgba()`: read directly when sRGB, else painted and read back (oklab, color()). */
function plain(computed: string, canvas: HTMLCanvasElement): string {
  try {
    return formatColour(parseColour(computed));
  } catch {
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = computed;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data as unknown as [number, number, number, number];
    return formatColour({ r, g, b, a: a / 255 });
  }
}

/** The figure as a standalone SVG file, or null while it has no drawing (a deferred one not yet drawn). */
function figureFile(figure: Element): string | null {
  const drawing = shownDrawing(figure);
  if (!drawing) return null;
  const caption = figure.querySelector('figcaption');
  const source = caption?.querySelector('.chart-source')?.textContent?.trim() ?? '';
  // The caption as shown: its text without the figure number's link and the source line.
  const parts = [...(caption?.childNodes ?? [])].filter((node) => !(node instanceof Element && (node.matches('.figure-number') || node.matches('.chart-source'))));
  const text = parts.map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
  const page = new URL(location.href);
  page.hash = figure.querySelector('figure')?.id ?? '';
  // On an embed page, the figure's own page.
  const own = figure.closest('[data-embed-page]')?.getAttribute('data-embed-page');
  const credit = `Extrapolating GPT-N, ${own ? new URL(own, location.href).href : page.href}`;
  const { colourOf, done } = colourLookup(drawing);
  try {
    return standaloneSvg(drawing, { caption: text, source, credit }, colourOf);
  } finally {
    done();
  }
}

/** The file name: the CSV's, which says the state, with the new extension; else the figure's id. */
function fileName(figure: HTMLElement, extension: string): string {
  const csv = figure.querySelector('[data-download]')?.getAttribute('download');
  return `${csv ? csv.replace(/\.csv$/, '') : figure.dataset.figure}.${extension}`;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy once started; the URL is freed a while later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function savePng(figure: HTMLElement, markup: string) {
  const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) save(png, fileName(figure, 'png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

document.addEventListener('click', (event) => {
  const target = (event.target as Element).closest?.('[data-download-svg], [data-download-png]');
  const figure = target?.closest<HTMLElement>('gpt-figure');
  if (!target || !figure) return;
  const markup = figureFile(figure);
  // No drawing yet: the link's build-time file is the figure under the defaults, as on screen.
  if (!markup) return;
  event.preventDefault();
  if (target.matches('[data-download-svg]')) save(new Blob([markup], { type: 'image/svg+xml' }), fileName(figure, 'svg'));
  else void savePng(figure, markup);
});

/** The snippet's iframe address: absolute, with the reader's state, as the snippet is opened. */
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target as HTMLDetailsElement;
    const snippet = details.open ? details.querySelector<HTMLElement>('[data-embed-snippet]') : null;
    const figure = details.closest<HTMLElement>('gpt-figure');
    if (!snippet || !figure) return;
    const built = (snippet.dataset.builtSnippet ??= snippet.textContent ?? '');
    const title = shownDrawing(figure)?.querySelector('title')?.textContent;
    snippet.textContent = built
      .replace(/src="([^"]*)"/, (_, src: string) => {
        const url = new URL(src, location.href);
        url.search = location.search;
        return `src="${url.href}"`;
      })
      .replace(/title="[^"]*"/, (original) => (title ? `title="${title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : original));
  },
  true,
);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download-png]')) button.hidden = false;
