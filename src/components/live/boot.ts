// The only script every page with a figure loads up front: small, it defines the islands' custom
// elements and loads the live runtime (Plot, the analysis, the data: about 170 KB gzipped, and
// hundreds of milliseconds of a phone's main thread) only when a reader shows they will use it: a
// pointer over or focus in the controls, a chart or a table, or a permalink with state. A chart merely
// scrolled into view is read as built, so a reader who only reads never pays for the runtime.
type Runtime = typeof import('./runtime');

let runtime: Promise<Runtime> | undefined;

/** Loads and starts the runtime once; every caller gets the same started module. */
export function loadRuntime(): Promise<Runtime> {
  runtime ??= import('./runtime').then(async (module) => {
    await module.start();
    return module;
  });
  return runtime;
}

// A permalink carries state: hide the build-time figures (drawn under the defaults) until the runtime
// has drawn the permalink's, so a reader never sees the wrong numbers first. Without JavaScript this
// never runs and the static figures stay visible.
if (location.search.length > 1) {
  document.documentElement.dataset.livePending = '';
  void loadRuntime().finally(() => delete document.documentElement.dataset.livePending);
}

/** Calls `then` the first time any of `types` reaches `element`. */
function onFirst(element: HTMLElement, types: readonly string[], then: () => void) {
  const once = () => {
    for (const type of types) element.removeEventListener(type, once);
    then();
  };
  for (const type of types) element.addEventListener(type, once, { passive: true });
}

/**
 * <gpt-figure>: a chart the runtime redraws. A pointer over it or focus in it loads the runtime and
 * redraws the page's charts in the browser, which gives their points tooltips.
 */
class LiveFigure extends HTMLElement {
  connectedCallback() {
    onFirst(this, ['pointerenter', 'focusin'], () => void loadRuntime().then((r) => r.activate()));
  }
}

/** <gpt-table>: a table the runtime refills; a pointer over it or focus in it loads the runtime. */
class LiveTable extends HTMLElement {
  connectedCallback() {
    onFirst(this, ['pointerenter', 'focusin'], () => void loadRuntime());
  }
}

/**
 * <gpt-controls>: the assumptions form. A pointer over it (before the press), a press or focus starts
 * loading the runtime, so it is usually there by the time an edit is made; every edit and submit is
 * handed to it once it is there, so an edit made while it loads is not lost.
 */
class LiveControls extends HTMLElement {
  connectedCallback() {
    onFirst(this, ['pointerenter', 'pointerdown', 'focusin'], () => void loadRuntime());
    const apply = (event?: Event) => void loadRuntime().then((r) => r.applyForm(event?.target));
    this.addEventListener('input', apply);
    this.addEventListener('change', apply);
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('[data-action]')?.getAttribute('data-action');
      if (action) void loadRuntime().then((r) => r.runAction(action, this));
    });
    // Without the runtime a submit would reload the page; with it, the form applies in place.
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      apply();
    });
  }
}

if (!customElements.get('gpt-figure')) customElements.define('gpt-figure', LiveFigure);
if (!customElements.get('gpt-table')) customElements.define('gpt-table', LiveTable);
if (!customElements.get('gpt-controls')) customElements.define('gpt-controls', LiveControls);
