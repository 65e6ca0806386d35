// METHOD §12: the backtest by horizon (fit on the smallest k models, predict every larger one), under the defaults.
import type { APIRoute } from 'astro';
import { backtestHorizonJson } from '../../lib/backtest-horizon';
import { dataset, defaultAnalysis } from '../../components/analysis';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(backtestHorizonJson(dataset, defaultAnalysis)), { headers: { 'Content-Type': 'application/json' } });
