import { describe, expect, it } from 'vitest';
import { corrupt, errorOf, realFiles } from './data-fixtures';
import { parseDataset } from '../../src/lib/dataset';

// scores.csv line 2 is Gopher 280B's zero-shot LAMBADA; models.csv line 2 is Gopher 280B.
const GOPHER_LAMBADA = 'Gopher 280B,LAMBADA,acc,not stated (GPT-3: test),zero,0,74.5,yes,,';
const SCORES = 'later-models/scores.csv';
const MODELS = 'later-models/models.csv';

describe('the later-models tables (METHOD §11) as read', () => {
  const { later } = parseDataset(realFiles());

  it('has the 31 models and every score row, as PROVENANCE.md describes', () => {
    expect(later.models).toHaveLength(31);
    const lines = realFiles().laterScores.text.trim().split('\n');
    expect(later.scores).toHaveLength(lines.length - 1);
    expect(later.models.filter((m) => m.params === null).map((m) => m.name)).toEqual(['GPT-4', 'GPT-3.5']);
    const pythia = later.models.filter((m) => m.family.startsWith('Pythia'));
    expect(pythia).toHaveLength(16);
    for (const m of pythia) expect(m.tokens).toBe(299_892_736_000); // 143,000 steps × 2,097,152 tokens
  });

  it('keeps the printed values', () => {
    const palm = later.models.find((m) => m.name === 'PaLM 540B')!;
    expect([palm.params, palm.tokens, palm.released, palm.line]).toEqual([540_350_000_000, 780_000_000_000, '2022-04', 32]);
    const first = later.scores[0]!;
    expect(first).toMatchObject({ model: 'Gopher 280B', task: 'LAMBADA', metric: 'acc', setting: 'zero', shots: 0, score: 74.5, comparable: 'yes', line: 2 });
    expect(later.scores.find((s) => s.comparable === 'no')!.note).not.toBe('');
  });
});

describe('the later-models tables reject corrupted data naming file, line, model and column', () => {
  it('an unknown task', () => {
    const e = errorOf(corrupt('laterScores', (t) => t.replace(GOPHER_LAMBADA, GOPHER_LAMBADA.replace('LAMBADA', 'Lambada'))));
    expect(e.message).toBe(
      `${SCORES}, line 2 (model "Gopher 280B", task "Lambada", metric acc, setting zero), column "task": found "Lambada", not a Table H.1 task; expected a task name exactly as printed in gpt3-table-h1.csv (e.g. ARC (Easy), NQs, Quac, Copa).`,
    );
  });

  it('an unknown metric, and a metric Table H.1 does not print for the task', () => {
    const e = errorOf(corrupt('laterScores', (t) => t.replace(GOPHER_LAMBADA, GOPHER_LAMBADA.replace(',acc,', ',accuracy,'))));
    expect(e.message).toMatch(/^later-models\/scores\.csv, line 2 \(model "Gopher 280B", task "LAMBADA", metric accuracy, setting zero\), column "metric": found "accuracy"; expected one of acc, f1, .*acc_norm\.$/);
    const e2 = errorOf(corrupt('laterScores', (t) => t.replace(GOPHER_LAMBADA, GOPHER_LAMBADA.replace(',acc,', ',f1,'))));
    expect(e2.message).toBe(
      `${SCORES}, line 2 (model "Gopher 280B", task "LAMBADA", metric f1, setting zero), column "metric": found "f1", a metric Table H.1 does not print for LAMBADA; expected one of acc, ppl, acc_norm.`,
    );
  });

  it('an unknown setting', () => {
    const e = errorOf(corrupt('laterScores', (t) => t.replace(GOPHER_LAMBADA, GOPHER_LAMBADA.replace(',zero,', ',zero-shot,'))));
    expect(e.message).toBe(
      `${SCORES}, line 2 (model "Gopher 280B", task "LAMBADA", metric acc, setting zero-shot), column "setting": found "zero-shot"; expected one of zero, one, few.`,
    );
  });

  it('a model in scores.csv absent from models.csv', () => {
    const e = errorOf(corrupt('laterScores', (t) => t.replace(GOPHER_LAMBADA, GOPHER_LAMBADA.replace('Gopher 280B', 'Gopher 281B'))));
    expect(e.message).toBe(
      `${SCORES}, line 2 (model "Gopher 281B", task "LAMBADA", metric acc, setting zero), column "model": found "Gopher 281B", a model missing from ${MODELS}; expected a model named in the model column of ${MODELS}.`,
    );
  });

  it('a non-numeric score', () => {
    const e = errorOf(corrupt('laterScores', (t) => t.replace(GOPHER_LAMBADA, GOPHER_LAMBADA.replace(',74.5,', ',74.5%,'))));
    expect(e.message).toBe(
      `${SCORES}, line 2 (model "Gopher 280B", task "LAMBADA", metric acc, setting zero), column "score": found "74.5%"; expected a score as printed, e.g. 43.6.`,
    );
  });

  it('a duplicated row', () => {
    const e = errorOf(
      corrupt('laterScores', (t) => {
        const lines = t.split('\n');
        lines.splice(3, 0, lines[1]!); // Gopher 280B's zero-shot LAMBADA again, as line 4
        return lines.join('\n');
      }),
    );
    expect(e.message).toBe(
      `${SCORES}, line 4 (model "Gopher 280B", task "LAMBADA", metric acc, setting zero), column "model, task, metric, split, setting and shots": duplicates line 2; expected one row per model, task, metric, split, setting and shots.`,
    );
  });

  it('a comparable value outside yes, caveat, no', () => {
    const e = errorOf(corrupt('laterScores', (t) => t.replace(GOPHER_LAMBADA, GOPHER_LAMBADA.replace(',yes,', ',maybe,'))));
    expect(e.message).toBe(
      `${SCORES}, line 2 (model "Gopher 280B", task "LAMBADA", metric acc, setting zero), column "comparable": found "maybe"; expected one of yes, caveat, no.`,
    );
  });

  it('a caveat or no row without its reason', () => {
    const e = errorOf(corrupt('laterScores', (t) => t.replace(GOPHER_LAMBADA, GOPHER_LAMBADA.replace(',yes,', ',caveat,'))));
    expect(e.message).toBe(
      `${SCORES}, line 2 (model "Gopher 280B", task "LAMBADA", metric acc, setting zero), column "note": found a blank note on a "caveat" row; expected the reason the row is "caveat".`,
    );
  });

  it('a non-positive N or D', () => {
    const gopher = 'Gopher 280B,Gopher,2021-12,280000000000,300000000000,';
    const e = errorOf(corrupt('laterModels', (t) => t.replace(gopher, 'Gopher 280B,Gopher,2021-12,0,300000000000,')));
    expect(e.message).toBe(
      `${MODELS}, line 2 (model "Gopher 280B"), column "n_params": found "0"; expected blank (not disclosed), or a number of parameters above 0, e.g. 70000000000.`,
    );
    const e2 = errorOf(corrupt('laterModels', (t) => t.replace(gopher, 'Gopher 280B,Gopher,2021-12,280000000000,-300000000000,')));
    expect(e2.message).toBe(
      `${MODELS}, line 2 (model "Gopher 280B"), column "train_tokens": found "-300000000000"; expected blank (not disclosed), or a number of training tokens above 0, e.g. 1400000000000.`,
    );
    const e3 = errorOf(corrupt('laterModels', (t) => t.replace(gopher, 'Gopher 280B,Gopher,2021-12,280000000000,,')));
    expect(e3.message).toBe(
      `${MODELS}, line 2 (model "Gopher 280B"), column "train_tokens": found a blank while n_params is given; expected both N and D, or both blank (not disclosed).`,
    );
  });

  it('a duplicated model and a renamed column', () => {
    const e = errorOf(corrupt('laterModels', (t) => `${t}${t.split('\n')[1]}\n`));
    expect(e.message).toMatch(/^later-models\/models\.csv, line 33 \(model "Gopher 280B"\), column "model": duplicates line 2; expected one row per model\.$/);
    const e2 = errorOf(corrupt('laterScores', (t) => t.replace('comparable,note', 'comparability,note')));
    expect(e2.message).toMatch(/^later-models\/scores\.csv, line 1 \(header\), column "comparable": the column is missing; expected the columns model, task, metric, split, setting, shots, score, comparable, note, source in this order\.$/);
  });
});
