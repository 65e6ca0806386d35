// The public API of the analysis library (no DOM, no Astro: usable at build time and in islands).
export * from './types';
export { AssumptionsError, analyse, pointBootstrap, clearAnalysisCaches, OVERALL_ID, GRID_POINTS } from './analyse';
export { DEFAULT_ASSUMPTIONS, MAX_BOOTSTRAP, assumptionsSchema, parseAssumptions } from './assumptions';
export type { AssumptionError, ParsedAssumptions } from './assumptions';
export { DataError, parseDataset } from './dataset';
export type { DataErrorLocation, DataFile, DataFiles } from './dataset';
export { METRICS, MODEL_LABELS } from './schemas';
export { parseCsv, writeCsv } from './csv';
export { CHINCHILLA, GPT3_FRONTIER, KAPLAN_ND, PF_DAY_FLOP, chinchilla, gpt3Frontier, kaplanNd, modelLoss, modelLosses } from './loss-models';
export {
  KAPLAN_SINGLE,
  chinchillaOptimalParams,
  chinchillaOptimalTokens,
  kaplanParamsForLoss,
  kaplanTokensForLoss,
  lossForFlop,
  lossForParams,
  lossForTokens,
  lossToResources,
  trainingFlop,
} from './resources';
export type { Prices } from './resources';
export { PERFECT_CEILING, categoryMean, ceilingFor, meanSeries, normalized, overallMean, sotaFromRows } from './normalise';
export { referenceLoss, referenceLosses } from './references';
export type { ReferenceLoss } from './references';
export { NORMALIZED_CSV_HEADER, fitsJson, normalizedCsv } from './published';
export type { PublishedFits, PublishedSeries } from './published';
export { fitLinear, fitLogistic, lossAt, predict, linear, logistic } from './fits';
export { crossings } from './crossings';
export { backtest } from './backtest';
