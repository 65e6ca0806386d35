// Validating the seven data files into a `Dataset`: the five of the GPT-3 analysis here, the two
// later-models tables (METHOD §11) in later-dataset.ts. Every problem is a `DataError` (data-rows.ts)
// whose message names the file, the line and row, the column, the value found and what was expected,
// so a typo in a CSV is found from the build log alone.
import { DataError, rejectDuplicates, rowsOf, type DataFile } from './data-rows';
import { parseLaterModels } from './later-dataset';
import {
  CATEGORIES_HEADER,
  CHANCE_FROM_MEMBERS,
  MODEL_LABELS,
  MODEL_SIZES_HEADER,
  REFERENCES_HEADER,
  TABLE_H1_HEADER,
  TASKS_HEADER,
  categoryRowSchema,
  modelSizeRowSchema,
  referenceRowSchema,
  tableH1RowSchema,
  taskRowSchema,
} from './schemas';
import { SETTINGS, type Category, type Dataset, type ModelSize, type Reference, type ResultRow, type Task } from './types';

export { DataError, type DataErrorLocation, type DataFile } from './data-rows';

export type DataFiles = Record<
  'tableH1' | 'modelSizes' | 'tasks' | 'categories' | 'references' | 'laterModels' | 'laterScores',
  DataFile
>;

const PERFECT_SCORE = 100;

export function parseDataset(files: DataFiles): Dataset {
  const categories = parseCategories(files.categories);
  const tasks = parseTasks(files.tasks, categories);
  const models = parseModelSizes(files.modelSizes);
  const rows = parseTableH1(files.tableH1, categories);
  checkTasksAgainstTable(files, tasks, categories, rows);
  const references = parseReferences(files.references);
  const taskList = tasks.map(({ task }) => task);
  const later = parseLaterModels(files.laterModels, files.laterScores, { tasks: taskList, rows });
  return { models, categories, tasks: taskList, rows, references, later };
}

// ---- the files --------------------------------------------------------------------------------

function parseCategories(file: DataFile): Category[] {
  const items = rowsOf(file, CATEGORIES_HEADER, categoryRowSchema, (v) => `category "${v['id'] ?? ''}"`);
  rejectDuplicates(file, items, (v) => v.id, 'id', (v) => `category "${v.id}"`);
  rejectDuplicates(file, items, (v) => v.table_category, 'table_category', (v) => `category "${v.id}"`);
  return items.map(({ value }) => ({ id: value.id, name: value.name, tableCategory: value.table_category }));
}

interface ParsedTask {
  task: Task;
  line: number;
}

function parseTasks(file: DataFile, categories: Category[]): ParsedTask[] {
  const items = rowsOf(file, TASKS_HEADER, taskRowSchema, (v) => `task "${v['id'] ?? ''}"`);
  rejectDuplicates(file, items, (v) => v.id, 'id', (v) => `task "${v.id}"`);
  rejectDuplicates(file, items, (v) => v.name, 'name', (v) => `task "${v.id}"`);
  const categoryIds = categories.map((c) => c.id);
  const memberChance = (categoryId: string): number => {
    const members = items.filter(({ value }) => value.category === categoryId && value.aggregated && typeof value.chance === 'number');
    return members.reduce((sum, { value }) => sum + (value.chance as number), 0) / members.length;
  };
  return items.map(({ record, value }) => {
    if (value.chance === CHANCE_FROM_MEMBERS && (value.aggregated || value.metric !== 'average')) {
      throw new DataError(
        { file: file.name, line: record.line, row: `task "${value.id}"`, column: 'chance' },
        `found "${CHANCE_FROM_MEMBERS}" on a row that is ${value.aggregated ? 'itself averaged into its category' : `not an average (metric ${value.metric})`}`,
        'a number, or "members" only on a row with metric average and aggregated false',
      );
    }
    if (!categoryIds.includes(value.category)) {
      throw new DataError(
        { file: file.name, line: record.line, row: `task "${value.id}"`, column: 'category' },
        `found "${value.category}", an unknown category`,
        `one of the ids in categories.csv (${categoryIds.join(', ')})`,
      );
    }
    const task: Task = {
      id: value.id,
      name: value.name,
      category: value.category,
      metric: value.metric,
      chance: value.chance === CHANCE_FROM_MEMBERS ? memberChance(value.category) : value.chance,
      chanceReason: value.chance_reason,
      chanceUnderstated: value.chance_understated,
      aggregated: value.aggregated,
    };
    return { task, line: record.line };
  });
}

function parseModelSizes(file: DataFile): ModelSize[] {
  const items = rowsOf(file, MODEL_SIZES_HEADER, modelSizeRowSchema, (v) => `model "${v['size_label'] ?? ''}"`);
  const labels = items.map(({ value }) => value.size_label);
  const misplaced = MODEL_LABELS.findIndex((label, index) => labels[index] !== label);
  if (misplaced !== -1 || labels.length !== MODEL_LABELS.length) {
    const record = items[misplaced]?.record;
    throw new DataError(
      { file: file.name, ...(record ? { line: record.line } : {}), column: 'size_label' },
      `found the models ${labels.join(', ')}`,
      `the eight Table H.1 models in order (${MODEL_LABELS.join(', ')})`,
    );
  }
  return items.map(({ value }) => ({
    label: value.size_label,
    name: value.model,
    params: value.tableD1_params_millions * 1e6,
    nLayers: value.n_layers,
    // The printed d_model is used as printed (13B: 5140, see PROVENANCE.md).
    dModel: value.d_model,
    nonEmbeddingParams: 12 * value.n_layers * value.d_model ** 2,
    computePfDays: value.tableD1_train_compute_pf_days,
    computeFlop: value.tableD1_train_compute_flops,
    trainingTokens: value.training_tokens_billions * 1e9,
  }));
}

const describeH1 = (v: Record<string, string>) =>
  `task "${v['task'] ?? ''}", metric ${v['metric'] ?? ''}, setting ${v['setting'] ?? ''}`;

function parseTableH1(file: DataFile, categories: Category[]): ResultRow[] {
  const items = rowsOf(file, TABLE_H1_HEADER, tableH1RowSchema, describeH1);
  const tableCategories = categories.map((c) => c.tableCategory);
  rejectDuplicates(
    file,
    items,
    (v) => `${v.task}\u0000${v.metric}\u0000${v.setting}`,
    'task, metric and setting',
    (v) => `task "${v.task}", metric ${v.metric}, setting ${v.setting}`,
  );
  return items.map(({ record, value }) => {
    if (!tableCategories.includes(value.category)) {
      throw new DataError(
        { file: file.name, line: record.line, row: describeH1(record.values), column: 'category' },
        `found "${value.category}", an unknown category`,
        `one of the table_category strings in categories.csv (${tableCategories.map((c) => `"${c}"`).join(', ')})`,
      );
    }
    return {
      task: value.task,
      category: value.category,
      metric: value.metric,
      split: value.split,
      setting: value.setting,
      shotsK: value.shots_k,
      scores: Object.fromEntries(MODEL_LABELS.map((label) => [label, value[label]])),
      finetuneSota: value.finetune_sota,
      testServer175B: value['175B_test_server'],
      line: record.line,
    };
  });
}

/** Every task has its primary-metric rows, every table task is known, and chance is below the ceilings. */
function checkTasksAgainstTable(files: DataFiles, tasks: ParsedTask[], categories: Category[], rows: ResultRow[]): void {
  const byName = new Map(tasks.map((t) => [t.task.name, t]));
  for (const row of rows) {
    const known = byName.get(row.task);
    const rowDescription = `task "${row.task}", metric ${row.metric}, setting ${row.setting}`;
    if (known === undefined) {
      throw new DataError(
        { file: files.tableH1.name, line: row.line, row: rowDescription, column: 'task' },
        `found "${row.task}", a task missing from ${files.tasks.name}`,
        `a task named in the name column of ${files.tasks.name}`,
      );
    }
    const category = categories.find((c) => c.id === known.task.category);
    if (category !== undefined && category.tableCategory !== row.category) {
      throw new DataError(
        { file: files.tableH1.name, line: row.line, row: rowDescription, column: 'category' },
        `found "${row.category}"`,
        `"${category.tableCategory}", the category ${files.tasks.name} gives this task (line ${known.line})`,
      );
    }
  }
  for (const { task, line } of tasks) {
    const where = { file: files.tasks.name, line, row: `task "${task.id}"` };
    const taskRows = rows.filter((r) => r.task === task.name);
    if (taskRows.length === 0) {
      throw new DataError(
        { ...where, column: 'name' },
        `found "${task.name}", which has no rows in ${files.tableH1.name}`,
        `a task name exactly as printed in ${files.tableH1.name}`,
      );
    }
    const primaryRows = taskRows.filter((r) => r.metric === task.metric);
    const missingSetting = SETTINGS.find((s) => !primaryRows.some((r) => r.setting === s));
    if (missingSetting !== undefined) {
      throw new DataError(
        { ...where, column: 'metric' },
        `found "${task.metric}", but ${files.tableH1.name} has no ${missingSetting}-shot row for it`,
        `a metric with zero-, one- and few-shot rows (${[...new Set(taskRows.map((r) => r.metric))].join(', ')})`,
      );
    }
    // §2: normalisation divides by (ceiling − chance), so chance must lie below every preset ceiling.
    const sota = primaryRows.find((r) => r.finetuneSota !== null)?.finetuneSota ?? null;
    const ceilings = [PERFECT_SCORE, ...(sota === null ? [] : [sota])];
    const lowest = Math.min(...ceilings);
    if (!(task.chance < lowest)) {
      throw new DataError(
        { ...where, column: 'chance' },
        `found "${task.chance}", not below the ceiling ${lowest}`,
        `a chance level below ${sota === null ? 'the perfect score 100' : `both the perfect score 100 and the printed fine-tuned SOTA ${sota}`}`,
      );
    }
  }
}

function parseReferences(file: DataFile): Reference[] {
  const items = rowsOf(file, REFERENCES_HEADER, referenceRowSchema, (v) => `reference "${v['id'] ?? ''}"`);
  rejectDuplicates(file, items, (v) => v.id, 'id', (v) => `reference "${v.id}"`);
  return items.map(({ value }) => ({ ...value }));
}
