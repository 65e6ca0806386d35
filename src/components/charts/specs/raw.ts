// A task's raw scores (Table H.1, primary metric) against model size, one line per setting, with the
// 2020 fine-tuned state of the art as a labelled rule where the paper prints one (METHOD §1, §2).
import * as Plot from '@observablehq/plot';
import { scientific, significant } from '../../../lib/format';
import { SETTINGS, type Analysis, type Dataset } from '../../../lib/types';
import { INK, type ChartModel, type Column, type Row } from '../chart-model';
import { FONT_PX } from '../layout';
import { textColumn } from '../../tables/columns';
import { findTask, taskRows } from '../../../lib/tasks';
import { SETTING_NAMES } from './words';

const HEIGHT = 360;

export interface RawChartOptions {
  /** Task id. */
  task: string;
}


export function rawSpec(analysis: Analysis, dataset: Dataset, options: RawChartOptions): ChartModel {
  void analysis; // raw scores do not depend on the assumptions; the signature is every spec's
  const task = findTask(dataset, options.task);
  const rows = taskRows(dataset, task).filter((r) => r.metric === task.metric);
  const points = rows.flatMap((row) =>
    dataset.models.flatMap((m) => {
      const score = row.scores[m.label];
      return score === undefined ? [] : [{ setting: row.setting, model: m.label, params: m.params, score, shots: row.shotsK }];
    }),
  );
  const sota = rows.find((r) => r.finetuneSota !== null)?.finetuneSota ?? null;
  const values = [...points.map((p) => p.score), ...(sota === null ? [] : [sota]), task.chance];
  const yLo = Math.min(...values);
  const yHi = Math.max(...values);
  const pad = 0.06 * (yHi - yLo || 1);
  const present = SETTINGS.filter((s) => points.some((p) => p.setting === s));
  const last = (setting: string) => points.filter((p) => p.setting === setting).at(-1);
  // Setting names at the right end of each line, nudged apart where the lines end close together.
  const perPixel = (yHi - yLo + 2 * pad) / (HEIGHT - 50);
  const endLabels = present
    .map((s) => ({ ...last(s)!, y: last(s)!.score, text: SETTING_NAMES[s] }))
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < endLabels.length; i++) {
    const gap = (FONT_PX + 2) * perPixel;
    if (endLabels[i]!.y - endLabels[i - 1]!.y < gap) endLabels[i]!.y = endLabels[i - 1]!.y + gap;
  }

  const description =
    `${task.name} (${task.metric}) of the eight GPT-3 models by size: ` +
    present
      .map((s) => {
        const first = points.find((p) => p.setting === s)!;
        const end = last(s)!;
        return `${SETTING_NAMES[s]} ${significant(first.score, 3)} at ${first.model} to ${significant(end.score, 3)} at ${end.model}`;
      })
      .join('; ') +
    `. Chance: ${significant(task.chance, 3)}.` +
    (sota === null ? ' The paper prints no fine-tuned state of the art.' : ` Fine-tuned state of the art in 2020: ${significant(sota, 3)}.`);

  return {
    title: `${task.name}: raw ${task.metric} against model size`,
    description,
    caption:
      `${task.name}'s ${task.metric} (Table H.1) against each GPT-3 model's parameter count (log scale), ` +
      `zero-, one- and few-shot${rows.find((r) => r.setting === 'few')?.shotsK != null ? ` (few-shot K = ${rows.find((r) => r.setting === 'few')!.shotsK})` : ''}. ` +
      `Dotted line: chance (${significant(task.chance, 3)}, ${task.chanceReason.replace(/\.$/, '')}).` +
      (sota === null ? ' The paper prints no fine-tuned state of the art for this task.' : ` Dashed line: the 2020 fine-tuned state of the art (${significant(sota, 3)}).`) +
      ' Raw scores do not depend on the site\'s assumptions.',
    plot: {
      width: 640,
      height: HEIGHT,
      marginLeft: 48,
      marginRight: 72,
      marginBottom: 38,
      x: { type: 'log', label: 'Parameters (log scale) →', tickFormat: (d: number) => scientific(d, 1) },
      y: { domain: [yLo - pad, yHi + pad], grid: true, label: `↑ ${task.metric}` },
      color: { domain: [...SETTINGS], range: SETTINGS.map((s) => INK.settings[s]) },
      marks: [
        Plot.ruleY([task.chance], { stroke: INK.muted, strokeDasharray: '2,3' }),
        ...(sota === null
          ? []
          : [
              Plot.ruleY([sota], { stroke: INK.reference, strokeDasharray: '6,3' }),
              Plot.text([sota], { x: dataset.models[0]!.params, y: (d: number) => d, text: () => 'fine-tuned SOTA 2020', textAnchor: 'start', dy: -6, fill: INK.reference }),
            ]),
        Plot.line(points, { x: 'params', y: 'score', z: 'setting', stroke: 'setting', strokeWidth: 2 }),
        Plot.dot(points, { x: 'params', y: 'score', fill: 'setting', r: 3.5, tip: true, channels: { Model: 'model', Setting: 'setting' } }),
        Plot.text(endLabels, { x: 'params', y: 'y', text: 'text', fill: 'setting', textAnchor: 'start', dx: 7 }),
      ],
    },
    columns: [
      textColumn('model', 'Model'),
      { key: 'params', label: 'Parameters', unit: 'count', format: 'size' },
      ...present.map((s): Column => ({ key: s, label: `${SETTING_NAMES[s]} (${task.metric})`, format: 'as-printed' })),
    ],
    rows: dataset.models.map((m) => {
      const row: Row = { model: m.label, params: m.params };
      for (const s of present) row[s] = rows.find((r) => r.setting === s)?.scores[m.label] ?? null;
      return row;
    }),
    download: { what: `${task.id}-raw-${task.metric}`, state: null },
  };
}
