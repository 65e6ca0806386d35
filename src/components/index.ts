// The components authors use in essays, in one place: `import { CategoryChart, Num } from '../../components';`.
// (Figure and DataTable are the building blocks these draw with; they are not for pages.)
export { default as CategoryChart } from './CategoryChart.astro';
export { default as ChartGrid } from './ChartGrid.astro';
export { default as Num } from './Num.astro';
export { default as BenchmarkChart } from './BenchmarkChart.astro';
export { default as ExtrapolationChart } from './ExtrapolationChart.astro';
export { default as BacktestChart } from './BacktestChart.astro';
export { default as CrossingsTable } from './CrossingsTable.astro';
export { default as TaskTable } from './TaskTable.astro';
export { default as BenchmarkIndex } from './BenchmarkIndex.astro';
export { default as BacktestTable } from './BacktestTable.astro';
export { default as SensitivityTable } from './SensitivityTable.astro';
export { default as SensitivityChart } from './SensitivityChart.astro';
export { default as RawTable } from './RawTable.astro';
export { default as Controls } from './Controls.astro';
export { default as CostByYearChart } from './CostByYearChart.astro';
export { default as BacktestHorizonChart } from './BacktestHorizonChart.astro';
export { default as ForDefaults } from './ForDefaults.astro';
export { default as ForecastChart } from './ForecastChart.astro';
export { default as ForecastTable } from './ForecastTable.astro';
export { default as SuitesChart } from './SuitesChart.astro';
