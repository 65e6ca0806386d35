// A deferred figure (Figure.astro `defer`: one in a tab closed when the page opens) has no drawing
// until the live layer makes it, so a reader opening its tab is reason enough to load the runtime;
// once loaded, the runtime draws it (figure-layout.ts sees it shown).
import { loadRuntime } from './boot';

const shown = new IntersectionObserver((entries) => {
  if (!entries.some((entry) => entry.isIntersecting)) return;
  shown.disconnect();
  void loadRuntime();
});
for (const figure of document.querySelectorAll('gpt-figure[data-deferred]')) shown.observe(figure);
