// The project's real data files, and the same with one file corrupted, for the tests that check
// what the dataset load refuses.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { DataError, parseDataset, type DataFiles } from '../../src/lib/dataset';

const DATA = new URL('../../src/content/data/', import.meta.url);
const read = (name: string) => ({ name, text: readFileSync(new URL(name, DATA), 'utf8') });

export function realFiles(): DataFiles {
  return {
    tableH1: read('gpt3-table-h1.csv'),
    modelSizes: read('gpt3-model-sizes.csv'),
    tasks: read('tasks.csv'),
    categories: read('categories.csv'),
    references: read('references.csv'),
    laterModels: read('later-models/models.csv'),
    laterScores: read('later-models/scores.csv'),
  };
}

/** The real files with one file's text changed by `edit` (which must change something). */
export function corrupt(key: keyof DataFiles, edit: (text: string) => string): DataFiles {
  const files = realFiles();
  const edited = edit(files[key].text);
  expect(edited).not.toBe(files[key].text);
  return { ...files, [key]: { ...files[key], text: edited } };
}

/** The DataError the load throws for `files` (the test fails if it throws none). */
export function errorOf(files: DataFiles): DataError {
  try {
    parseDataset(files);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('parseDataset accepted corrupted data');
}
