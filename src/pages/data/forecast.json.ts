// METHOD §11: GPT-3's fits checked against the later models, under the defaults.
import type { APIRoute } from 'astro';
import { forecastJson } from '../../lib/published-later';
import { dataset, defaultAnalysis } from '../../components/analysis';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(forecastJson(dataset, defaultAnalysis)), { headers: { 'Content-Type': 'application/json' } });
