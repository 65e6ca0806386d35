// The embed pages' one stylesheet: Starlight's theme variables (charts/starlight-theme.ts; an embed page
// has none of Starlight's layout to bring them), then the site's chart, table and print CSS, as text.
// Served as a file of its own rather than imported by the page: a stylesheet the embed pages imported
// would be shared with the essays, and the bundler's shared chunk would reorder the essays' CSS.
import type { APIRoute } from 'astro';
import siteCss from '../../styles/site.css?raw';
import tablesCss from '../../styles/tables.css?raw';
import printCss from '../../styles/print.css?raw';
import { starlightPropsCss } from '../../components/charts/starlight-theme';

export const GET: APIRoute = () =>
  new Response([starlightPropsCss(), siteCss, tablesCss, printCss].join('\n'), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
