// KaTeX writes every formula twice: MathML (with the TeX source as an <annotation>) for assistive
// technology, and an aria-hidden HTML copy for the eye. Pagefind would index both, plus the raw TeX
// ("frac", "left", "alpha_N" …). This rehype plugin, run after rehype-katex, marks the HTML copy and
// the TeX annotation `data-pagefind-ignore`, so search indexes each formula once, as the MathML text a
// screen reader reads.

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const classes = (node: HastNode): string[] => {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

/** Whether search should skip this element (and everything inside it). */
export function isSearchDuplicate(node: HastNode): boolean {
  return node.type === 'element' && (node.tagName === 'annotation' || classes(node).includes('katex-html'));
}

function mark(node: HastNode): void {
  if (isSearchDuplicate(node)) {
    node.properties = { ...node.properties, dataPagefindIgnore: '' };
    return;
  }
  for (const child of node.children ?? []) mark(child);
}

/** The rehype plugin: `rehypePlugins: [rehypeKatex, rehypeKatexSearchOnce]`. */
export function rehypeKatexSearchOnce() {
  return (tree: HastNode) => mark(tree);
}
