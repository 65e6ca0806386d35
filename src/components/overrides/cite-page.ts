// <cite-page> (CiteThisPage.astro): completes the printed URLs and wires the copy button. A build
// without SITE prints each URL as a path, which the browser resolves against the page's own origin;
// an absolute URL resolves to itself. The button stays hidden where this never runs.
class CitePage extends HTMLElement {
  connectedCallback() {
    for (const url of this.querySelectorAll('[data-cite-url]')) {
      url.textContent = new URL(url.textContent ?? '', location.href).href;
    }
    const button = this.querySelector<HTMLButtonElement>('[data-cite-copy]');
    const entry = this.querySelector('[data-cite-bibtex]');
    const status = this.querySelector('[data-cite-status]');
    if (!button || !entry || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(entry.textContent ?? '').then(
        () => (status.textContent = 'Copied'),
        () => (status.textContent = 'Copy failed: select the entry and copy it instead'),
      );
    });
  }
}

if (!customElements.get('cite-page')) customElements.define('cite-page', CitePage);
