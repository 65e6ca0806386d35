// METHOD §11: the forecast checked against what came after. For each later model × task × setting
// whose row is comparable (`caveat` rows unless excluded), GPT-3's fit of that task and setting is
// read at the model's loss on the analysis' axis, and set against the model's score normalised with
// GPT-3's chance and ceiling. Errors are observed − predicted in normalised units (0.01 = 1 point),
// as in the backtest by horizon (§12); horizons are the §6 yardstick's orders of magnitude.
import { curveAt } from './axis';
import { laterModelLosses } from './later-losses';
import { ceilingFor, normalized, sotaFromRows } from './normalise';
import { mean } from './stats';
import { resourcesAt } from './yardstick';
import {
  FIT_FORMS,
  SETTINGS,
  type AggregateComparison,
  type Analysis,
  type Comparison,
  type Dataset,
  type FitForm,
  type Forecast,
  type ForecastGroup,
  type ForecastSummary,
  type LaterScore,
  type Series,
  type Task,
} from './types';

/** What the forecast reads from an analysis: the assumptions, GPT-3's fitted series, the axis and the yardstick. */
export type ForecastContext = Pick<Analysis, 'assumptions' | 'series' | 'axis' | 'yardstick'>;

/** The id of the overall score among the aggregates (as analyse's overall series). */
const OVERALL = 'overall';

/** One value per fit form (written out: this runs for every comparison of every analysis). */
const byForm = <T>(value: (form: FitForm) => T): Record<FitForm, T> => ({ linear: value('linear'), logistic: value('logistic') });

const finiteOrNull = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v : null);

export function forecast(dataset: Dataset, context: ForecastContext): Forecast {
  const { assumptions, axis } = context;
  const models = laterModelLosses(dataset.later.models);
  const place = new Map(
    models.map((m) => {
      const loss = m.losses?.[assumptions.lossModel] ?? null;
      const resources = loss === null ? null : resourcesAt(context, loss);
      const horizon = resources?.ok ? resources.ordersBeyondGpt3 : null;
      return [m.model, { family: m.family, loss, horizon }] as const;
    }),
  );
  const seriesOf = new Map(context.series.map((s) => [`${s.kind}|${s.id}|${s.setting}`, s]));
  const at = (s: Series | undefined, loss: number | null) =>
    byForm((form) => (s === undefined || loss === null ? null : finiteOrNull(curveAt(form, s[form], loss, axis))));
  const errorOf = (observed: number, predicted: Record<FitForm, number | null>) =>
    byForm((form) => (predicted[form] === null ? null : observed - predicted[form]));

  const ceilings = new Map(
    dataset.tasks.map((t) => [t.id, ceilingFor(t, assumptions.ceilingPreset, assumptions.customCeilings, sotaFromRows(t, dataset.rows))]),
  );
  const comparisons: Comparison[] = [];
  for (const { task, row, gpt3Shots } of chosenRows(dataset, assumptions.includeCaveats)) {
    const placed = place.get(row.model)!;
    const observed = normalized(row.score, task.chance, ceilings.get(task.id)!);
    const predicted = at(seriesOf.get(`task|${task.id}|${row.setting}`), placed.loss);
    comparisons.push({
      model: row.model,
      family: placed.family,
      taskId: task.id,
      task: task.name,
      category: task.category,
      setting: row.setting,
      comparable: row.comparable as Comparison['comparable'],
      note: row.note,
      shots: row.shots,
      gpt3Shots,
      score: row.score,
      line: row.line,
      loss: placed.loss,
      horizon_orders: placed.horizon,
      observed,
      predicted,
      error: errorOf(observed, predicted),
    });
  }

  const aggregates = aggregateComparisons(dataset, context, comparisons, (id, setting, loss) => at(seriesOf.get(`${id}|${setting}`), loss), errorOf);
  return { models, comparisons, aggregates, summary: summarise(dataset, comparisons) };
}

/**
 * The rows the forecast compares: primary metric (§2), `comparable` ≠ `no` (and ≠ `caveat` when
 * caveats are excluded), one per model × task × setting. Where a paper prints several k for one
 * setting (NQs and TriviaQA few-shot at k = 5 and 64), the row with GPT-3's k is taken, else the first.
 */
function chosenRows(dataset: Dataset, includeCaveats: boolean): { task: Task; row: LaterScore; gpt3Shots: number | null }[] {
  const taskByName = new Map(dataset.tasks.map((t) => [t.name, t]));
  // GPT-3's k per task, metric and setting, in one pass over Table H.1 (the first row, as primaryRow).
  const gpt3ShotsOf = new Map<string, number | null>();
  for (const r of dataset.rows) {
    const key = `${r.task}|${r.metric}|${r.setting}`;
    if (!gpt3ShotsOf.has(key)) gpt3ShotsOf.set(key, r.shotsK);
  }
  const chosen = new Map<string, { task: Task; row: LaterScore; gpt3Shots: number | null }>();
  for (const row of dataset.later.scores) {
    const task = taskByName.get(row.task);
    if (task === undefined || row.metric !== task.metric) continue;
    if (row.comparable === 'no' || (row.comparable === 'caveat' && !includeCaveats)) continue;
    const key = `${row.model}|${task.id}|${row.setting}`;
    const seen = chosen.get(key);
    if (seen !== undefined && (seen.row.shots === seen.gpt3Shots || row.shots !== seen.gpt3Shots)) continue;
    chosen.set(key, { task, row, gpt3Shots: gpt3ShotsOf.get(`${task.name}|${task.metric}|${row.setting}`) ?? null });
  }
  return [...chosen.values()];
}

/**
 * §11: a later model's category score only where it has every task of the category (the mean of
 * their normalised scores, as §4), and its overall score only where it has every category (or, under
 * `aggregation = tasks`, every aggregated task). Each is set against GPT-3's category or overall fit.
 */
function aggregateComparisons(
  dataset: Dataset,
  context: ForecastContext,
  comparisons: readonly Comparison[],
  predict: (seriesKey: string, setting: Comparison['setting'], loss: number | null) => Record<FitForm, number | null>,
  errorOf: (observed: number, predicted: Record<FitForm, number | null>) => Record<FitForm, number | null>,
): AggregateComparison[] {
  const out: AggregateComparison[] = [];
  const aggregated = dataset.tasks.filter((t) => t.aggregated);
  const membersOf = new Map(dataset.categories.map((c) => [c.id, aggregated.filter((t) => t.category === c.id)]));
  // Each model's comparisons per setting, by task id, in one pass.
  const byModelSetting = new Map<string, Map<string, Comparison>>();
  for (const c of comparisons) {
    const key = `${c.model}|${c.setting}`;
    const own = byModelSetting.get(key) ?? new Map<string, Comparison>();
    own.set(c.taskId, c);
    byModelSetting.set(key, own);
  }
  for (const { name: model } of dataset.later.models) {
    for (const setting of SETTINGS) {
      const own = byModelSetting.get(`${model}|${setting}`);
      const first = own?.values().next().value;
      if (own === undefined || first === undefined) continue;
      type Member = Comparison | AggregateComparison;
      const make = (kind: AggregateComparison['kind'], id: string, name: string, members: readonly Member[], caveats: number) => {
        const observed = mean(members.map((c) => c.observed));
        const predicted = predict(`${kind}|${id}`, setting, first.loss);
        const common = { model, family: first.family, setting, loss: first.loss, horizon_orders: first.horizon_orders };
        return { kind, id, name, ...common, members: members.length, caveats, observed, predicted, error: errorOf(observed, predicted) };
      };
      const caveatsOf = (rows: readonly Comparison[]) => rows.filter((c) => c.comparable === 'caveat').length;
      const categoryScores: AggregateComparison[] = [];
      for (const category of dataset.categories) {
        const members = membersOf.get(category.id)!.map((t) => own.get(t.id));
        if (members.length === 0 || members.some((c) => c === undefined)) continue;
        const rows = members as Comparison[];
        categoryScores.push(make('category', category.id, category.name, rows, caveatsOf(rows)));
      }
      out.push(...categoryScores);
      if (context.assumptions.aggregation === 'categories' && categoryScores.length === dataset.categories.length) {
        out.push(make('overall', OVERALL, 'Overall', categoryScores, categoryScores.reduce((n, c) => n + c.caveats, 0)));
      } else if (context.assumptions.aggregation === 'tasks' && aggregated.every((t) => own.has(t.id))) {
        const rows = aggregated.map((t) => own.get(t.id)!);
        out.push(make('overall', OVERALL, 'Overall', rows, caveatsOf(rows)));
      }
    }
  }
  return out;
}

/** Running sums of one group's errors, per form (one pass over the comparisons for every group). */
class ErrorTally {
  private readonly n = { linear: 0, logistic: 0 };
  private readonly absolute = { linear: 0, logistic: 0 };
  private readonly signed = { linear: 0, logistic: 0 };

  add(c: Comparison): void {
    for (const form of FIT_FORMS) {
      const e = c.error[form];
      if (e === null) continue;
      this.n[form] += 1;
      this.absolute[form] += Math.abs(e);
      this.signed[form] += e;
    }
  }

  summary(by: ForecastGroup, id: string): ForecastSummary {
    const per = (sums: Record<FitForm, number>) => byForm((form) => (this.n[form] > 0 ? sums[form] / this.n[form] : null));
    return { by, id, n: { ...this.n }, mae: per(this.absolute), bias: per(this.signed) };
  }
}

/** Mean absolute error and bias per form over `comparisons` (those with a prediction of that form). */
export function errorSummary(by: ForecastGroup, id: string, comparisons: readonly Comparison[]): ForecastSummary {
  const tally = new ErrorTally();
  for (const c of comparisons) tally.add(c);
  return tally.summary(by, id);
}

/** §11's aggregates over the task comparisons: overall, per family, model, task and setting, in data order. */
function summarise(dataset: Dataset, comparisons: readonly Comparison[]): ForecastSummary[] {
  const placed = comparisons.filter((c) => c.loss !== null);
  const groups = (by: ForecastGroup, ids: readonly string[], key: (c: Comparison) => string) => {
    const tallies = new Map(ids.map((id) => [id, { tally: new ErrorTally(), count: 0 }]));
    for (const c of placed) {
      const group = tallies.get(key(c));
      if (group === undefined) continue;
      group.tally.add(c);
      group.count += 1;
    }
    return [...tallies].flatMap(([id, { tally, count }]) => (count > 0 ? [tally.summary(by, id)] : []));
  };
  return [
    errorSummary('overall', 'all', placed),
    ...groups('family', [...new Set(dataset.later.models.map((m) => m.family))], (c) => c.family),
    ...groups('model', dataset.later.models.map((m) => m.name), (c) => c.model),
    ...groups('task', dataset.tasks.map((t) => t.id), (c) => c.taskId),
    ...groups('setting', SETTINGS, (c) => c.setting),
  ];
}

/** The comparisons of `form` sorted by |error|, largest first (ties in file order), `count` of them. */
export function largestMisses(f: Forecast, form: FitForm, count = 5): Comparison[] {
  return f.comparisons
    .filter((c) => c.error[form] !== null)
    .sort((a, b) => Math.abs(b.error[form]!) - Math.abs(a.error[form]!) || a.line - b.line)
    .slice(0, count);
}

/** The summary row of one group, e.g. `summaryOf(f, 'family', 'PaLM')`. */
export function summaryOf(f: Forecast, by: ForecastGroup, id: string): ForecastSummary | undefined {
  return f.summary.find((s) => s.by === by && s.id === id);
}
