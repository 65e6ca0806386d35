// The embed pages' theme: the reader's system preference (an embed has no theme picker), set before
// the page is drawn; a file, not an inline script, for a strict Content-Security-Policy. Without
// JavaScript the page keeps its built data-theme="light".
import type { APIRoute } from 'astro';

const script = `const dark = matchMedia('(prefers-color-scheme: dark)');
const apply = () => { document.documentElement.dataset.theme = dark.matches ? 'dark' : 'light'; };
apply();
dark.addEventListener('change', apply);
`;

export const GET: APIRoute = () => new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
