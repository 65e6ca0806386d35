// The project's dataset, validated once when this module loads (at build time for the pages, in the
// browser for the islands). A data error fails the build with a message naming file, row and column.
import { parseDataset } from './dataset';
import type { Dataset } from './types';
import tableH1 from '../content/data/gpt3-table-h1.csv?raw';
import modelSizes from '../content/data/gpt3-model-sizes.csv?raw';
import tasks from '../content/data/tasks.csv?raw';
import categories from '../content/data/categories.csv?raw';
import references from '../content/data/references.csv?raw';
import laterModels from '../content/data/later-models/models.csv?raw';
import laterScores from '../content/data/later-models/scores.csv?raw';

export const dataset: Dataset = parseDataset({
  tableH1: { name: 'gpt3-table-h1.csv', text: tableH1 },
  modelSizes: { name: 'gpt3-model-sizes.csv', text: modelSizes },
  tasks: { name: 'tasks.csv', text: tasks },
  categories: { name: 'categories.csv', text: categories },
  references: { name: 'references.csv', text: references },
  laterModels: { name: 'later-models/models.csv', text: laterModels },
  laterScores: { name: 'later-models/scores.csv', text: laterScores },
});
