// The preload's second half: once the runtime has started (on a reader's intent), it draws one of each
// kind of figure and table on the page, off the page, while the browser is idle. The first drawing of
// a kind costs several times a later one (the engine compiles Plot's and the specs' code on first
// use), and that cost would otherwise land on the reader's first change. Nothing on the page changes.
import type { Analysis } from '../../lib/types';
import { dataset } from '../../lib/load-dataset';
import { quantity } from '../../lib/quantities';
import { csvDownload } from '../charts/csv';
import { drawChart } from '../charts/draw';
import { buildChart, type ChartKind, type ChartParams } from '../charts/registry';
import { renderTable } from '../tables/render-table';
import { buildTable, type TableKind, type TableParams } from '../tables/registry';
import { figureTableOptions, tableOptions } from '../tables/table-options';

const whenIdle = (step: (deadline?: IdleDeadline) => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(step, { timeout: 1000 }) : setTimeout(step, 50);

/** The first element of each kind among `selector`'s matches. */
function oneOfEach(selector: string): HTMLElement[] {
  const byKind = new Map<string, HTMLElement>();
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    if (!byKind.has(element.dataset.kind!)) byKind.set(element.dataset.kind!, element);
  }
  return [...byKind.values()];
}

/**
 * Warms each kind of drawing in idle time, as many per idle period as fit, and stops as soon as
 * `done()` says a real redraw has happened (which warms them itself). `then` runs when it ends.
 */
export function warmUp(analysis: () => Analysis | undefined, done: () => boolean, then: () => void): void {
  const steps: ((analysis: Analysis) => void)[] = [
    ...oneOfEach('gpt-figure').map((element) => (a: Analysis) => {
      const model = buildChart(element.dataset.kind as ChartKind, a, dataset, JSON.parse(element.dataset.params!) as ChartParams[ChartKind]);
      const options = figureTableOptions(model, import.meta.env.BASE_URL);
      drawChart(model, document, 'warm-up-');
      renderTable(model, document, options);
      csvDownload(model);
    }),
    ...oneOfEach('gpt-table').map((element) => (a: Analysis) => {
      const model = buildTable(element.dataset.kind as TableKind, a, dataset, JSON.parse(element.dataset.params!) as TableParams[TableKind]);
      const options = tableOptions(model, import.meta.env.BASE_URL);
      renderTable(model, document, options);
      csvDownload(model);
    }),
    (a: Analysis) => {
      for (const element of document.querySelectorAll<HTMLElement>('.num[data-num]')) {
        const setting = element.dataset.setting as Analysis['assumptions']['setting'] | undefined;
        const fit = element.dataset.fit as Analysis['assumptions']['fitForm'] | undefined;
        quantity(a, dataset, element.dataset.num!, { setting, fit, state: a.assumptions });
      }
    },
  ];
  const step = (deadline?: IdleDeadline) => {
    do {
      const current = analysis();
      if (done() || !current) return then();
      steps.shift()?.(current);
    } while (steps.length > 0 && deadline !== undefined && deadline.timeRemaining() > 0);
    if (steps.length > 0) whenIdle(step);
    else then();
  };
  whenIdle(step);
}
