// Content wider than the text column scrolls inside it rather than spilling into the table of
// contents: display equations (KaTeX's .katex-display) and the essays' Markdown tables. A region a
// reader may have to scroll must be reachable from the keyboard and named (axe:
// scrollable-region-focusable), and `data-scroll-cue` marks it for the CSS that shades an edge with
// more content beyond it (src/styles/tables.css). Run after rehype-katex. The computed tables
// (src/components/tables/render-table.ts) draw their own regions and never pass through here.

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

const classes = (node: HastNode): string[] => {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

const text = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(text).join(''));

/** The text of a table's header cells, to name the region after what the table lists. */
function headerText(table: HastNode): string[] {
  const cells: string[] = [];
  const walk = (node: HastNode) => {
    if (node.tagName === 'th') cells.push(text(node).trim());
    else for (const child of node.children ?? []) walk(child);
  };
  walk(table);
  return cells.filter(Boolean);
}

function region(table: HastNode): HastNode {
  const headers = headerText(table);
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['table-scroll'],
      dataScrollCue: '',
      tabIndex: 0,
      role: 'region',
      ariaLabel: headers.length ? `Table: ${headers.join(', ')}` : 'Table',
    },
    children: [table],
  };
}

function visit(node: HastNode): void {
  if (node.type === 'element' && classes(node).includes('katex-display')) {
    // A group named "Equation": focusable to scroll it, and read by assistive technology from its MathML.
    node.properties = { ...node.properties, tabIndex: 0, role: 'group', ariaLabel: 'Equation', dataScrollCue: '' };
    return;
  }
  const children = node.children ?? [];
  children.forEach((child, i) => {
    if (child.type === 'element' && child.tagName === 'table') children[i] = region(child);
    else visit(child);
  });
}

/** The rehype plugin: `rehypePlugins: [rehypeKatex, rehypeKatexSearchOnce, rehypeScrollRegions]`. */
export function rehypeScrollRegions() {
  return (tree: HastNode) => visit(tree);
}
