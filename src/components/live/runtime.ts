// The live layer: holds the page's assumptions (mirrored in the URL), recomputes the analysis once
// per change with the same src/lib entry point the build used, and redraws every figure, table and
// number on the page from the same pure specs. The bootstrap runs in a worker; its bands follow.
import { analyse } from '../../lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../../lib/assumptions';
import { dataset } from '../../lib/load-dataset';
import { CEILING_PARAM_PREFIX, PARAMS, decodeAssumptions, encodeAssumptions, type ParamProblem } from '../../lib/permalink';
import { quantity } from '../../lib/quantities';
import type { Analysis, Assumptions } from '../../lib/types';
import type { ChartModel } from '../charts/chart-model';
import { drawChart } from '../charts/draw';
import { buildChart, type ChartKind, type ChartParams } from '../charts/registry';
import { buildTable, type TableKind, type TableParams } from '../tables/registry';
import type { TableModel } from '../tables/table-model';
import { drawWhenOpen, redrawDownload, redrawTableView } from '../tables/redraw-data';
import { figureTableOptions, tableOptions } from '../tables/table-options';
import { isDefaultState, stateSummary } from '../../lib/state-words';
import { syncControls, readControls, showProblems } from './controls';
import { carryState } from './links';
import { forgetDrawing, planRedraw } from './redraw-plan';
import { warmUp } from './warm-up';
import type { WorkerReply, WorkerRequest } from './bootstrap.worker';
import { layoutOf, showLive, watchLayout } from './figure-layout';

let current: Assumptions = DEFAULT_ASSUMPTIONS;
/** The analysis on screen: without the bootstrap's bands until the worker has answered. */
let analysis: Analysis | undefined;
/** The state the page's links carry (links.ts), and whether a table with links of its own was redrawn since. */
let carried: string | undefined;
let tableViewsRedrawn = false;
/** Counts redraws, so ids drawn in the browser never repeat ones drawn earlier or at build time. */
let drawCount = 0;
let worker: Worker | undefined;
let requestId = 0;
/** The number field being typed in, whose history entry each keystroke replaces rather than adds to. */
let typingIn: string | null = null;

/** Reads the URL's state, draws it if it is not what the build drew, and takes over the controls. */
export async function start(): Promise<void> {
  const { assumptions, problems } = decodeAssumptions(new URLSearchParams(location.search), dataset);
  showNotice(problems);
  current = assumptions;
  // A link's unknown or invalid parameters are dropped from the address, so a copied link is clean.
  if (problems.length > 0) history.replaceState(null, '', addressOf(current));
  // The form shows the defaults as built; it needs filling only for a permalink's state (and a
  // reader may already have edited it while this module loaded).
  if (location.search.length > 1) syncControls(current);
  // The build drew the defaults: redraw only when the state differs (or, in `activate`, on a touch).
  recompute({ redraw: encodeAssumptions(current).size > 0 });
  window.addEventListener('popstate', () => {
    const decoded = decodeAssumptions(new URLSearchParams(location.search), dataset);
    showNotice(decoded.problems);
    current = decoded.assumptions;
    typingIn = null;
    syncControls(current);
    recompute({ redraw: true });
  });
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a[data-show-defaults]');
    if (!link) return;
    event.preventDefault();
    runAction('reset', document.querySelector('gpt-controls') ?? document.body);
  });
  // A table drawn only when its disclosure opens (tables/redraw-data.ts) brings links that carry the
  // state too; toggle does not bubble, so it is caught on the way down, and acted on after its draw.
  document.addEventListener('toggle', () => setTimeout(() => carryState(encodeAssumptions(current))), true);
  showState();
  // Figures are drawn at their containers' widths from now on: a deferred one at once, the others
  // the first time as activate() does (bands included).
  // A figure whose width changed (or a deferred one now shown) is drawn again whole, at its new layout.
  watchLayout((figure) => {
    if ((drawCount > 0 || figure.dataset.deferred !== undefined) && analysis) {
      forgetDrawing(figure);
      redrawFigure(figure, analysis, encodeAssumptions(current).toString());
    } else activate();
  });
  document.documentElement.dataset.liveReady = '';
  // For benchmarks: when the preload is complete (the runtime started and its drawing code warmed).
  warmUp(
    () => analysis,
    () => drawCount > 0,
    () => (document.documentElement.dataset.liveWarm = ''),
  );
}

const addressOf = (assumptions: Assumptions) => {
  const query = encodeAssumptions(assumptions).toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
};

/**
 * Applies what the controls say: shows problems beside them, or moves to the new state. A discrete
 * change (a select, a radio, a button) is one history entry; typing in a number field is one entry
 * for the whole edit, not one per keystroke.
 */
export function applyForm(source?: EventTarget | null): void {
  const typed = source instanceof HTMLInputElement && source.type !== 'radio' && source.type !== 'checkbox' ? source.name : null;
  if (typed?.startsWith(CEILING_PARAM_PREFIX)) chooseCustomCeiling(source as HTMLInputElement);
  const form = readControls();
  if (!form) return;
  const { assumptions, problems } = decodeAssumptions(form, dataset);
  showProblems(problems);
  if (problems.length > 0) return; // keep the last valid state on screen
  if (encodeAssumptions(assumptions).toString() === encodeAssumptions(current).toString()) return;
  current = assumptions;
  if (typed !== null && typed === typingIn) history.replaceState(null, '', addressOf(current));
  else history.pushState(null, '', addressOf(current));
  typingIn = typed;
  recompute({ redraw: true });
}

/** A ceiling typed in means the reader wants custom ceilings: choose that preset for them. */
function chooseCustomCeiling(input: HTMLInputElement) {
  const preset = input.form?.elements.namedItem(PARAMS.ceilingPreset);
  if (input.value.trim() !== '' && preset instanceof HTMLSelectElement && preset.value !== 'custom') preset.value = 'custom';
}

/** The controls' buttons (boot.ts hands their clicks over). */
export function runAction(action: string, controls: Element): void {
  if (action === 'reset') {
    syncControls(DEFAULT_ASSUMPTIONS);
    typingIn = null;
    applyForm();
  } else if (action === 'preset') {
    const button = controls.querySelector<HTMLButtonElement>('[data-action="preset"]');
    const input = button && controls.querySelector<HTMLInputElement>(`[name="${button.dataset.presetParam}"]`);
    if (input && button.dataset.presetValue) {
      input.value = button.dataset.presetValue;
      applyForm();
    }
  } else if (action === 'copy-link') {
    void navigator.clipboard?.writeText(location.href).then(
      () => announce(controls, 'Link copied'),
      () => announce(controls, 'Copy failed: copy the address bar instead'),
    );
  }
}

function announce(controls: Element, text: string) {
  const status = controls.querySelector('[data-copy-status]');
  if (status) status.textContent = text;
}

/** One analysis per change (without the bootstrap), drawn at once; the bands follow from the worker. */
// Timings are left as performance measures (`gpt:analyse`, `gpt:redraw`, `gpt:bands`) for `npm run bench`.
function recompute({ redraw }: { redraw: boolean }) {
  const started = performance.now();
  analysis = analyse(dataset, { ...current, bootstrap: 0 });
  performance.measure('gpt:analyse', { start: started, end: performance.now() });
  if (!redraw) return;
  redrawAll();
  performance.measure('gpt:redraw', { start: started, end: performance.now() });
  if (current.bootstrap > 0) requestBands(() => redrawAll());
  else cancelBands();
}

/**
 * Makes the figures interactive once a reader touches one (tooltips need a drawing made in the
 * browser). Under the defaults that means reproducing the build's drawing, bands included, so the
 * bootstrap runs first, in the worker.
 */
export function activate(): void {
  if (drawCount > 0 || document.documentElement.dataset.liveBandsPending !== undefined) return;
  if (current.bootstrap > 0) requestBands(() => redrawAll());
  else redrawAll();
}

/** A bootstrap still running is for a state the reader has left: stop it rather than queue behind it. */
function cancelBands() {
  if (document.documentElement.dataset.liveBandsPending === undefined) return;
  worker?.terminate();
  worker = undefined;
  delete document.documentElement.dataset.liveBandsPending;
}

function requestBands(then: () => void) {
  cancelBands();
  worker ??= new Worker(new URL('./bootstrap.worker.ts', import.meta.url), { type: 'module' });
  const id = ++requestId;
  const wanted = current;
  const started = performance.now();
  document.documentElement.dataset.liveBandsPending = '';
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    // Only the answer to the latest request counts: the reader may have moved on meanwhile.
    if (event.data.id !== requestId || wanted !== current) return;
    analysis = event.data.analysis;
    then();
    performance.measure('gpt:bands', { start: started, end: performance.now() });
    document.documentElement.dataset.liveBands = String(id);
    delete document.documentElement.dataset.liveBandsPending;
  };
  worker.postMessage({ id, assumptions: wanted } satisfies WorkerRequest);
}

/** Redraws every figure, table and number on the page from `analysis`. */
export function redrawAll(): void {
  if (!analysis) return;
  drawCount += 1;
  const state = encodeAssumptions(current).toString();
  for (const element of document.querySelectorAll<HTMLElement>('gpt-figure')) redrawFigure(element, analysis, state);
  for (const element of document.querySelectorAll<HTMLElement>('gpt-table')) redrawTable(element, analysis, state);
  for (const element of document.querySelectorAll<HTMLElement>('.num[data-num]')) {
    const setting = element.dataset.setting as Assumptions['setting'] | undefined;
    const fit = element.dataset.fit as Assumptions['fitForm'] | undefined;
    const { text, warning } = quantity(analysis, dataset, element.dataset.num!, { setting, fit, state: current });
    const textSlot = element.querySelector('[data-num-text]');
    const warningSlot = element.querySelector<HTMLElement>('[data-num-warning]');
    // Text written only where it changed: each write makes the browser lay the paragraph out again.
    if (textSlot) setText(textSlot, text);
    if (warningSlot) {
      setText(warningSlot, warning === undefined ? '' : ` (${warning})`);
      if (warningSlot.hidden !== (warning === undefined)) warningSlot.hidden = warning === undefined;
    }
  }
  showState();
  // For tests and benchmarks: which state is on screen, and how many redraws there have been.
  document.documentElement.dataset.liveDrawn = String(drawCount);
}

/**
 * What follows the state besides the numbers: the notes on prose written for the defaults, the
 * always-visible reset, the custom-ceiling editor, and the internal links, which carry the state on.
 */
function showState() {
  const isDefault = isDefaultState(current);
  const summary = stateSummary(current);
  for (const note of document.querySelectorAll<HTMLElement>('[data-for-defaults-note]')) {
    note.hidden = isDefault;
    const slot = note.querySelector('[data-state-summary]');
    if (slot) slot.textContent = summary;
  }
  for (const button of document.querySelectorAll<HTMLElement>('[data-reset-shortcut]')) button.hidden = isDefault;
  if (current.ceilingPreset === 'custom') {
    for (const editor of document.querySelectorAll<HTMLDetailsElement>('[data-ceiling-editor]')) editor.open = true;
  }
  // The links already carry this state unless it changed or a redrawn table brought new links.
  const query = encodeAssumptions(current);
  if (query.toString() !== carried || tableViewsRedrawn) carryState(query);
  carried = query.toString();
  tableViewsRedrawn = false;
}

const setText = (node: Node, text: string) => {
  if (node.textContent !== text) node.textContent = text;
};

/** A figure: its chart, caption, table view and download, each drawn again where redraw-plan.ts says. */
function redrawFigure(element: HTMLElement, analysis: Analysis, state: string) {
  const kind = element.dataset.kind as ChartKind;
  const params = JSON.parse(element.dataset.params!) as ChartParams[ChartKind];
  const layout = layoutOf(element);
  const build = (from: Analysis) => buildChart(kind, from, dataset, params, layout);
  const options = (model: ChartModel) => figureTableOptions(model, import.meta.env.BASE_URL);
  const model = build(analysis);
  const plan = planRedraw(element, analysis, state, model, build, options);
  if (plan.chart) showLive(element, drawChart(model, document, `${element.dataset.id}-c${drawCount}-`));
  const caption = element.querySelector('[data-caption]');
  if (caption) setText(caption, model.caption);
  if (plan.table) {
    drawWhenOpen(element.querySelector<HTMLDetailsElement>('details.chart-table'), () => {
      redrawTableView(element, model, options(model), document);
      tableViewsRedrawn = true;
    });
  }
  if (plan.download) redrawDownload(element, model);
}

function redrawTable(element: HTMLElement, analysis: Analysis, state: string) {
  const kind = element.dataset.kind as TableKind;
  const params = JSON.parse(element.dataset.params!) as TableParams[TableKind];
  const build = (from: Analysis) => buildTable(kind, from, dataset, params);
  const options = (model: TableModel) => tableOptions(model, import.meta.env.BASE_URL);
  const model = build(analysis);
  const plan = planRedraw(element, analysis, state, model, build, options);
  if (plan.table) redrawTableView(element, model, options(model), document);
  if (plan.download) redrawDownload(element, model);
  tableViewsRedrawn ||= plan.table;
}

/** A permalink's unknown or invalid parameters: said once, visibly, near the top of the page. */
function showNotice(problems: ParamProblem[]) {
  let notice = document.querySelector<HTMLElement>('[data-live-notice]');
  if (problems.length === 0) {
    notice?.setAttribute('hidden', '');
    return;
  }
  if (!notice) {
    notice = document.createElement('div');
    notice.dataset.liveNotice = '';
    notice.className = 'live-notice';
    notice.setAttribute('role', 'status');
    (document.querySelector('.sl-markdown-content') ?? document.querySelector('main'))?.prepend(notice);
  }
  notice.removeAttribute('hidden');
  notice.textContent = problems.map((p) => p.notice).join(' ');
}
