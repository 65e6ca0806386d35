// The only script every page with a figure loads up front: small, it defines the islands' custom
// elements and loads the live runtime (Plot, the analysis, the data) only when a reader could use
// it: a figure visible while the browser is idle, a control touched, or a permalink with state.
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

const whenIdle = (callback: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 2000 }) : setTimeout(callback, 200);

// A permalink carries state: hide the build-time figures (drawn under the defaults) until the runtime
// has drawn the permalink's, so a reader never sees the wrong numbers first. Without JavaScript this
// never runs and the static figures stay visible.
if (location.search.length > 1) {
  document.documentElement.dataset.livePending = '';
  void loadRuntime().finally(() => delete document.documentElement.dataset.livePending);
}

const visible = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    visible.unobserve(entry.target);
    whenIdle(() => void loadRuntime());
  }
});

/** <gpt-figure>: a figure (or table) the runtime redraws; it wakes the runtime when it is seen. */
class LiveIsland extends HTMLElement {
  connectedCallback() {
    visible.observe(this);
    this.addEventListener('pointerenter', () => void loadRuntime().then((r) => r.activate()), { once: true });
  }
}

/**
 * <gpt-controls>: the assumptions form. The first touch starts loading the runtime; every edit and
 * submit is handed to it once it is there, so an edit made while it loads is not lost.
 */
class LiveControls extends HTMLElement {
  connectedCallback() {
    const wake = () => void loadRuntime();
    this.addEventListener('focusin', wake, { once: true });
    this.addEventListener('pointerdown', wake, { once: true });
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

if (!customElements.get('gpt-figure')) customElements.define('gpt-figure', class extends LiveIsland {});
if (!customElements.get('gpt-table')) customElements.define('gpt-table', class extends LiveIsland {});
if (!customElements.get('gpt-controls')) customElements.define('gpt-controls', LiveControls);
