// Finds the chart and table components an MDX page places, with their props, by parsing it as MDX
// does (a code sample in a code block is text, not a component). The build's lists of figures
// (figure-catalogue.ts) and tables (table-catalogue.ts) come from it, so a component's props must be
// literals the build can read without running the page.
import { createProcessor } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { CHART_COMPONENTS, isChartComponent, type ChartComponent } from './figure-specs';
import { isTableComponent, type TableComponent } from './table-specs';

export interface Placed<Name extends string> {
  component: Name;
  props: Record<string, string | number | boolean | null>;
  /** 1-based, for messages. */
  line: number;
}

export type PlacedChart = Placed<ChartComponent>;

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: string | null | { type: string; value: string } }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/** The chart components in `source` (an MDX page), in document order; `file` names it in errors. */
export const scanCharts = (source: string, file: string): PlacedChart[] => scan(source, file, isChartComponent);

/** The table components in `source`, likewise. */
export const scanTables = (source: string, file: string): Placed<TableComponent>[] => scan(source, file, isTableComponent);

function scan<Name extends string>(source: string, file: string, isWanted: (name: string) => name is Name): Placed<Name>[] {
  const tree = createProcessor({ remarkPlugins: [remarkMath] }).parse(source) as unknown as MdxNode;
  const found: Placed<Name>[] = [];
  const visit = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isWanted(node.name)) {
      const line = node.position?.start.line ?? 0;
      found.push({ component: node.name, props: literalProps(node, file, line), line });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

function literalProps(node: MdxNode, file: string, line: number): Placed<string>['props'] {
  const props: Placed<string>['props'] = {};
  const where = `<${node.name}> in ${file}, line ${line}`;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) throw new Error(`${where}: a spread ({...}) of props; give each prop as a literal, so the build can list what it draws (its embed page, its CSV file).`);
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else props[name] = literalExpression(value.value, `${where}: prop "${name}" is {${value.value}}`);
  }
  return props;
}

/** `{true}`, `{12}`, `{"text"}`: a JSON literal; anything computed is an error. */
function literalExpression(expression: string, where: string): string | number | boolean | null {
  try {
    const value: unknown = JSON.parse(expression);
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as string | number | boolean | null;
  } catch {
    // Not JSON: reported below.
  }
  throw new Error(`${where}; expected a literal (a string, number or true/false), so the build can list what it draws (its embed page, its CSV file).`);
}

export { CHART_COMPONENTS };
