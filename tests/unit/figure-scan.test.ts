// The build's list of figures reads each essay as MDX does: components with literal props, wherever
// they sit (in a tab, inline), and not the code samples that show them; each mapped to the figures
// it draws by the components' own mapping.
import { describe, expect, it } from 'vitest';
import { scanCharts, scanTables } from '../../src/components/figure-scan';
import { figuresOf } from '../../src/components/figure-specs';
import { tableOf } from '../../src/components/table-specs';

const page = `---
title: A test
---
import { CategoryChart, BenchmarkChart, Num } from '../../components';

Some prose with math $\\frac{a}{b}$ and a number <Num of="state.basis" />.

<Tabs>
  <TabItem label="Few-shot"><CategoryChart category="cloze" setting="few" /></TabItem>
  <TabItem label="One-shot"><CategoryChart category="cloze" setting="one" defer /></TabItem>
</Tabs>

\`\`\`mdx
<CategoryChart category="translation" />
\`\`\`

Inline code is text too: \`<CategoryChart category="nli" />\`.

<BenchmarkChart task="lambada" defer={true} />

<CrossingsTable series="overall" />
<ForecastTable kind="misses" count={5} />
`;

describe('scanning a page for charts', () => {
  it('finds the chart components in document order with their literal props, and no code sample', () => {
    expect(scanCharts(page, 'test.mdx').map(({ component, props }) => ({ component, props }))).toEqual([
      { component: 'CategoryChart', props: { category: 'cloze', setting: 'few' } },
      { component: 'CategoryChart', props: { category: 'cloze', setting: 'one', defer: true } },
      { component: 'BenchmarkChart', props: { task: 'lambada', defer: true } },
    ]);
  });

  it('says where a prop the build cannot read without running the page is', () => {
    expect(() => scanCharts('\n\n<CategoryChart category={name} />\n', 'essay.mdx')).toThrow(/<CategoryChart> in essay\.mdx, line 3: prop "category" is \{name\}; expected a literal/);
    expect(() => scanCharts('<ChartGrid {...props} />\n', 'essay.mdx')).toThrow(/<ChartGrid> in essay\.mdx, line 1: a spread/);
  });

  it('maps what it finds to the figures the components draw', () => {
    const figures = scanCharts(page, 'test.mdx').flatMap(({ component, props }) => figuresOf(component, '/test/', props));
    // CategoryChart's anchor is fig-<category>-<setting>; BenchmarkChart draws the raw scores and the fit.
    expect(figures.map((f) => [f.kind, f.id, f.defer])).toEqual([
      ['series', 'fig-cloze-few', false],
      ['series', 'fig-cloze-one', true],
      ['raw', 'fig-lambada-raw', true],
      ['series', 'fig-lambada', true],
    ]);
  });

  it('finds the table components, each mapped to the table the component draws', () => {
    const tables = scanTables(page, 'test.mdx');
    expect(tables.map(({ component, props }) => ({ component, props }))).toEqual([
      { component: 'CrossingsTable', props: { series: 'overall' } },
      { component: 'ForecastTable', props: { kind: 'misses', count: 5 } },
    ]);
    // CrossingsTable's anchor is table-crossings-<series>-<fit> (fit both by default); ForecastTable's by its kind.
    expect(tables.map(({ component, props }) => tableOf(component, '/test/', props)).map((t) => [t.kind, t.id, t.params])).toEqual([
      ['crossings', 'table-crossings-overall-both', { series: 'overall', fit: 'both' }],
      ['forecastMisses', 'table-forecast-misses', { count: 5 }],
    ]);
    expect(() => tableOf('ForecastTable', '/essay/', { kind: 'mises' })).toThrow(/<ForecastTable> on page \/essay\/.*prop "kind"/);
  });

  it('fails on a bad prop as the component would, naming the page', () => {
    const [chart] = scanCharts('<CategoryChart category="clozee" />\n', 'essay.mdx');
    expect(() => figuresOf(chart!.component, '/essay/', chart!.props)).toThrow(/<CategoryChart> on page \/essay\/.*prop "category" is "clozee"/);
  });
});
