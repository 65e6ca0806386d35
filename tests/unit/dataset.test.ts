import { describe, expect, it } from 'vitest';
import { corrupt, errorOf, realFiles } from './data-fixtures';
import { parseDataset } from '../../src/lib/dataset';

describe('parseDataset on the real files', () => {
  const dataset = parseDataset(realFiles());

  it('has the counts of METHOD §1–§2', () => {
    expect(dataset.models).toHaveLength(8);
    expect(dataset.categories).toHaveLength(11);
    expect(dataset.tasks).toHaveLength(52);
    expect(dataset.rows).toHaveLength(189); // 63 task/metric rows × 3 settings
    expect(dataset.references.length).toBeGreaterThanOrEqual(7);
  });

  it('keeps the printed numbers', () => {
    const hellaswagFew = dataset.rows.find((r) => r.task === 'HellaSwag' && r.setting === 'few');
    expect(hellaswagFew?.scores).toEqual({
      '125M': 33.5, '350M': 43.1, '760M': 51.3, '1.3B': 54.9, '2.7B': 62.9, '6.7B': 67.3, '13B': 71.3, '175B': 79.3,
    });
    expect(hellaswagFew?.finetuneSota).toBe(85.6);
    expect(hellaswagFew?.shotsK).toBe(20);
    expect(hellaswagFew?.line).toBe(4);
    const piqaFew = dataset.rows.find((r) => r.task === 'PIQA' && r.setting === 'few');
    expect(piqaFew?.testServer175B).toBe(82.8);
    const sg = dataset.rows.find((r) => r.task === 'SuperGLUE' && r.setting === 'few');
    expect(sg?.shotsK).toBeNull();
  });

  it('reads the model sizes (Table D.1) and non-embedding parameters', () => {
    const big = dataset.models[7]!;
    expect(big.label).toBe('175B');
    expect(big.params).toBe(174600e6);
    expect(big.computePfDays).toBe(3640);
    expect(big.computeFlop).toBe(3.14e23);
    expect(big.trainingTokens).toBe(3e11);
    expect(big.nonEmbeddingParams).toBe(12 * 96 * 12288 ** 2); // 173,946,175,488
    expect(dataset.models[6]!.dModel).toBe(5140); // printed quirk kept
  });

  it('primary metrics per §2, and the SuperGLUE average left out of its category', () => {
    const metric = (name: string) => dataset.tasks.find((t) => t.name === name)?.metric;
    expect(metric('CoQA')).toBe('f1');
    expect(metric('MultiRC')).toBe('f1a');
    expect(metric('Ro→En 16')).toBe('BLEU-sb');
    expect(metric('LAMBADA')).toBe('acc');
    const sg = dataset.tasks.find((t) => t.name === 'SuperGLUE')!;
    expect(sg.aggregated).toBe(false);
    expect(dataset.tasks.filter((t) => !t.aggregated)).toEqual([sg]);
    expect(dataset.tasks.filter((t) => t.category === 'superglue' && t.aggregated)).toHaveLength(8);
    // chance, computed from the members (METHOD §2): (50 + 33.3 + 50 + 50 + 50 + 50 + 0 + 0) / 8 = 35.4125
    expect(sg.chance).toBeCloseTo((50 + 33.3 + 50 + 50 + 50 + 50 + 0 + 0) / 8, 12);
    expect(sg.chance.toFixed(2)).toBe('35.41');
  });

  it('every task id is URL-safe and every category has tasks', () => {
    for (const t of dataset.tasks) expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const c of dataset.categories) expect(dataset.tasks.some((t) => t.category === c.id)).toBe(true);
  });
});

describe('parseDataset rejects corrupted data with a message naming file, row, column and expectation', () => {
  it('non-numeric score', () => {
    const e = errorOf(corrupt('tableH1', (t) => t.replace('HellaSwag,"Language Modeling, Cloze, and Completion Tasks",acc,dev,few,20,33.5,43.1', 'HellaSwag,"Language Modeling, Cloze, and Completion Tasks",acc,dev,few,20,33.5,4x.1')));
    expect(e.message).toContain('gpt3-table-h1.csv');
    expect(e.message).toContain('line 4');
    expect(e.message).toContain('task "HellaSwag", metric acc, setting few');
    expect(e.message).toContain('column "350M"');
    expect(e.message).toContain('found "4x.1"');
    expect(e.message).toMatch(/expected a score as printed/);
  });

  it('unknown category in Table H.1', () => {
    const e = errorOf(corrupt('tableH1', (t) => t.replace('Winograd,Winograd-Style Tasks,acc,test,zero', 'Winograd,Winograd Tasks,acc,test,zero')));
    expect(e.message).toMatch(/gpt3-table-h1\.csv, line \d+ \(task "Winograd", metric acc, setting zero\), column "category": found "Winograd Tasks", an unknown category; expected one of the table_category strings/);
  });

  it('a chance of "members" on a row that is not an unaggregated average', () => {
    const e = errorOf(corrupt('tasks', (t) => t.replace('piqa,PIQA,common-sense,acc,50,', 'piqa,PIQA,common-sense,acc,members,')));
    expect(e.message).toMatch(/tasks\.csv, line \d+ \(task "piqa"\), column "chance": found "members" on a row that is itself averaged/);
  });

  it('unknown category in tasks.csv', () => {
    const e = errorOf(corrupt('tasks', (t) => t.replace('piqa,PIQA,common-sense,', 'piqa,PIQA,commonsense,')));
    expect(e.message).toMatch(/^tasks\.csv, line 16 \(task "piqa"\), column "category": found "commonsense", an unknown category; expected one of the ids in categories\.csv/);
  });

  it('unknown metric', () => {
    const e = errorOf(corrupt('tableH1', (t) => t.replace('CoQA,Reading Comprehension,f1,dev,one', 'CoQA,Reading Comprehension,F1,dev,one')));
    expect(e.message).toMatch(/gpt3-table-h1\.csv, line \d+ \(task "CoQA", metric F1, setting one\), column "metric": found "F1"; expected one of acc, f1/);
    const e2 = errorOf(corrupt('tasks', (t) => t.replace('coqa,CoQA,reading-comprehension,f1,', 'coqa,CoQA,reading-comprehension,bleu,')));
    expect(e2.message).toMatch(/^tasks\.csv, line \d+ \(task "coqa"\), column "metric": found "bleu"; expected one of acc/);
  });

  it('missing model column', () => {
    const e = errorOf(
      corrupt('tableH1', (t) =>
        t
          .split('\r\n')
          .map((line) => line.replace(/^((?:"[^"]*"|[^,]*)(?:,(?:"[^"]*"|[^,]*)){12}),[^,]*/, '$1'))
          .join('\r\n'),
      ),
    );
    expect(e.message).toMatch(/^gpt3-table-h1\.csv, line 1 \(header\), column "175B": the column is missing; expected the columns task, category, .*175B, finetune_sota, 175B_test_server in this order\.$/);
  });

  it('wrong column headers', () => {
    const e = errorOf(corrupt('tasks', (t) => t.replace('chance_reason', 'reason')));
    expect(e.message).toMatch(/^tasks\.csv, line 1 \(header\), column "chance_reason": the column is missing; expected the columns id, name/);
  });

  it('duplicated task/metric/setting row', () => {
    const e = errorOf(
      corrupt('tableH1', (t) => {
        const lines = t.split('\r\n');
        lines.splice(5, 0, lines[2]!); // HellaSwag one-shot again, as line 6
        return lines.join('\r\n');
      }),
    );
    expect(e.message).toBe(
      'gpt3-table-h1.csv, line 6 (task "HellaSwag", metric acc, setting one), column "task, metric and setting": duplicates line 3; expected one row per task, metric and setting.',
    );
  });

  it('a task in tasks.csv with no rows in Table H.1', () => {
    const e = errorOf(corrupt('tasks', (t) => `${t}piqa-2,PIQA 2,common-sense,acc,50,Two candidate solutions.,false,true\n`));
    expect(e.message).toMatch(/^tasks\.csv, line 54 \(task "piqa-2"\), column "name": found "PIQA 2", which has no rows in gpt3-table-h1\.csv; expected a task name exactly as printed/);
  });

  it('a Table H.1 task missing from tasks.csv', () => {
    const e = errorOf(corrupt('tasks', (t) => t.replace(/^webqs,.*\n/m, '')));
    expect(e.message).toMatch(/^gpt3-table-h1\.csv, line \d+ \(task "WebQs", metric acc, setting zero\), column "task": found "WebQs", a task missing from tasks\.csv; expected a task named in the name column of tasks\.csv\.$/);
  });

  it('chance not below the ceiling (100, and the printed SOTA)', () => {
    const e = errorOf(corrupt('tasks', (t) => t.replace('wic,WiC,superglue,acc,50,', 'wic,WiC,superglue,acc,80,')));
    // WiC's printed fine-tuned SOTA is 76.1
    expect(e.message).toMatch(/^tasks\.csv, line \d+ \(task "wic"\), column "chance": found "80", not below the ceiling 76\.1; expected a chance level below both the perfect score 100 and the printed fine-tuned SOTA 76\.1\.$/);
    const e2 = errorOf(corrupt('tasks', (t) => t.replace('symbol-insertion,Symbol Insertion,word-scrambling,acc,0,', 'symbol-insertion,Symbol Insertion,word-scrambling,acc,100,')));
    expect(e2.message).toMatch(/column "chance": found "100", not below the ceiling 100; expected a chance level below the perfect score 100\.$/);
  });

  it('a primary metric the task has no rows for', () => {
    const e = errorOf(corrupt('tasks', (t) => t.replace('squadv2,SQuADv2,reading-comprehension,f1,', 'squadv2,SQuADv2,reading-comprehension,acc,')));
    expect(e.message).toMatch(/^tasks\.csv, line \d+ \(task "squadv2"\), column "metric": found "acc", but gpt3-table-h1\.csv has no zero-shot row for it; expected a metric with zero-, one- and few-shot rows \(em, f1\)\.$/);
  });

  it('a short row, a bad model size and a bad reference unit', () => {
    const e = errorOf(corrupt('tableH1', (t) => t.replace(',85.6,\r\nHellaSwag,"Language', ',85.6\r\nHellaSwag,"Language')));
    expect(e.message).toMatch(/^gpt3-table-h1\.csv, line 2 \(task "HellaSwag", metric acc, setting zero\), column "175B_test_server": the row has 15 cells; expected 16 cells, one per column\.$/);
    const e2 = errorOf(corrupt('modelSizes', (t) => t.replace(',3.64E+03,', ',lots,')));
    expect(e2.message).toMatch(/^gpt3-model-sizes\.csv, line 9 \(model "175B"\), column "tableD1_train_compute_pf_days": found "lots"; expected training compute in PF-days/);
    const e3 = errorOf(corrupt('references', (t) => t.replace(',FLOP,', ',flops,')));
    expect(e3.message).toMatch(/^references\.csv, line 2 \(reference "gpt3-flop"\), column "unit": found "flops"; expected one of FLOP, parameters/);
  });
});
