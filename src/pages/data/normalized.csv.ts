// METHOD §10: one row per task × setting × model with loss and normalised score, under the defaults.
import type { APIRoute } from 'astro';
import { normalizedCsv } from '../../lib/published';
import { dataset, defaultAnalysis } from '../../components/analysis';

export const GET: APIRoute = () =>
  new Response(normalizedCsv(dataset, defaultAnalysis), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
