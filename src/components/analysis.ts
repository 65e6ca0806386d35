// The analysis under the default assumptions, computed once per build and shared by every page.
import { analyse } from '../lib/analyse';
import { DEFAULT_ASSUMPTIONS } from '../lib/assumptions';
import { dataset } from '../lib/load-dataset';

export { dataset };
export const defaultAnalysis = analyse(dataset, DEFAULT_ASSUMPTIONS);
