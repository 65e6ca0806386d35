// Runs the full analysis, bootstrap included, off the main thread, so typing stays responsive while
// a thousand resamples are refitted. Same entry point, same seed: the same bands as the build's.
import { analyse } from '../../lib/analyse';
import { dataset } from '../../lib/load-dataset';
import type { Analysis, Assumptions } from '../../lib/types';

export interface WorkerRequest {
  id: number;
  assumptions: Assumptions;
}
export interface WorkerReply {
  id: number;
  analysis: Analysis;
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, assumptions } = event.data;
  self.postMessage({ id, analysis: analyse(dataset, assumptions) } satisfies WorkerReply);
};
