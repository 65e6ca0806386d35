// Validating METHOD §11's two later-models tables (models.csv, scores.csv) against each other and
// against Table H.1: every score names a known model, a Table H.1 task and a metric H.1 prints for it,
// and every `caveat` or `no` row says why. Problems are `DataError`s naming file, line, model and column.
import { DataError, rejectDuplicates, rowsOf, type DataFile } from './data-rows';
import { LATER_MODELS_HEADER, LATER_SCORES_HEADER, laterModelRowSchema, laterScoreRowSchema } from './schemas';
import type { LaterModel, LaterModelsData, LaterScore, ResultRow, Task } from './types';

/** Pythia's length-normalised accuracy stands beside `acc` (schemas.ts): valid where H.1 prints `acc`. */
const ACC_NORM = 'acc_norm';

const describeModel = (v: Record<string, string>) => `model "${v['model'] ?? ''}"`;
const describeScore = (v: Record<string, string>) =>
  `model "${v['model'] ?? ''}", task "${v['task'] ?? ''}", metric ${v['metric'] ?? ''}, setting ${v['setting'] ?? ''}`;

export function parseLaterModels(
  modelsFile: DataFile,
  scoresFile: DataFile,
  table: { tasks: readonly Task[]; rows: readonly ResultRow[] },
): LaterModelsData {
  const models = parseModels(modelsFile);
  const scores = parseScores(scoresFile, modelsFile, models, table);
  return { models, scores };
}

function parseModels(file: DataFile): LaterModel[] {
  const items = rowsOf(file, LATER_MODELS_HEADER, laterModelRowSchema, describeModel);
  rejectDuplicates(file, items, (v) => v.model, 'model', (v) => `model "${v.model}"`);
  return items.map(({ record, value }) => {
    // A loss needs both N and D (§11); a model that discloses one only is a transcription slip.
    if ((value.n_params === null) !== (value.train_tokens === null)) {
      const blank = value.n_params === null ? 'n_params' : 'train_tokens';
      throw new DataError(
        { file: file.name, line: record.line, row: `model "${value.model}"`, column: blank },
        `found a blank while ${blank === 'n_params' ? 'train_tokens' : 'n_params'} is given`,
        'both N and D, or both blank (not disclosed)',
      );
    }
    return {
      name: value.model,
      family: value.family,
      released: value.released,
      params: value.n_params,
      tokens: value.train_tokens,
      tokenizer: value.tokenizer,
      source: value.source,
      line: record.line,
    };
  });
}

function parseScores(
  file: DataFile,
  modelsFile: DataFile,
  models: readonly LaterModel[],
  table: { tasks: readonly Task[]; rows: readonly ResultRow[] },
): LaterScore[] {
  const items = rowsOf(file, LATER_SCORES_HEADER, laterScoreRowSchema, describeScore);
  // The same score may be printed for several shot counts and splits (NQs 5- and 64-shot; TriviaQA
  // filtered dev and unfiltered test), so a duplicate is the same model, task, metric, split, setting and k.
  rejectDuplicates(
    file,
    items,
    (v) => [v.model, v.task, v.metric, v.split, v.setting, v.shots ?? ''].join('\u0000'),
    'model, task, metric, split, setting and shots',
    (v) => `model "${v.model}", task "${v.task}", metric ${v.metric}, setting ${v.setting}`,
  );
  const modelNames = new Set(models.map((m) => m.name));
  const taskNames = new Set(table.tasks.map((t) => t.name));
  const metricsOf = new Map<string, Set<string>>();
  for (const row of table.rows) {
    const set = metricsOf.get(row.task) ?? new Set<string>();
    set.add(row.metric);
    metricsOf.set(row.task, set);
  }
  return items.map(({ record, value }) => {
    const where = (column: string) => ({ file: file.name, line: record.line, row: describeScore(record.values), column });
    if (!modelNames.has(value.model)) {
      throw new DataError(
        where('model'),
        `found "${value.model}", a model missing from ${modelsFile.name}`,
        `a model named in the model column of ${modelsFile.name}`,
      );
    }
    if (!taskNames.has(value.task)) {
      throw new DataError(
        where('task'),
        `found "${value.task}", not a Table H.1 task`,
        'a task name exactly as printed in gpt3-table-h1.csv (e.g. ARC (Easy), NQs, Quac, Copa)',
      );
    }
    const printed = metricsOf.get(value.task) ?? new Set<string>();
    const known = value.metric === ACC_NORM ? printed.has('acc') : printed.has(value.metric);
    if (!known) {
      throw new DataError(
        where('metric'),
        `found "${value.metric}", a metric Table H.1 does not print for ${value.task}`,
        `one of ${[...printed].join(', ')}${printed.has('acc') ? `, ${ACC_NORM}` : ''}`,
      );
    }
    if (value.comparable !== 'yes' && value.note.trim() === '') {
      throw new DataError(where('note'), `found a blank note on a "${value.comparable}" row`, `the reason the row is "${value.comparable}"`);
    }
    return {
      model: value.model,
      task: value.task,
      metric: value.metric,
      split: value.split,
      setting: value.setting,
      shots: value.shots,
      score: value.score,
      comparable: value.comparable,
      note: value.note,
      source: value.source,
      line: record.line,
    };
  });
}
