// METHOD §10: the raw table, byte for byte as in src/content/data.
import type { APIRoute } from 'astro';
import tableH1 from '../../content/data/gpt3-table-h1.csv?raw';

export const GET: APIRoute = () => new Response(tableH1, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
