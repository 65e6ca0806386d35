// METHOD §11: the later models' input rows, with the loss each model gets under each loss model.
import type { APIRoute } from 'astro';
import { laterModelsCsv } from '../../lib/published-later';
import { dataset } from '../../components/analysis';

export const GET: APIRoute = () =>
  new Response(laterModelsCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
