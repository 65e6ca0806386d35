// How the analysis' choices are named in sentences, for the library's own prose and the components'.
import type { Setting } from './types';

export const SETTING_NAMES: Record<Setting, string> = { zero: 'zero-shot', one: 'one-shot', few: 'few-shot' };
