// METHOD §10: every series' points, fits, crossings and backtests, under the defaults.
import type { APIRoute } from 'astro';
import { fitsJson } from '../../lib/published';
import { defaultAnalysis } from '../../components/analysis';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(fitsJson(defaultAnalysis)), { headers: { 'Content-Type': 'application/json' } });
