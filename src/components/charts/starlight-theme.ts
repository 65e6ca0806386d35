// Starlight's theme variables (its style/props.css: the light and dark --sl-color-* the charts build
// on), which its package does not export. Read from the installed package at build time, wherever the
// project sits: by the palette (palette.ts) and for the embed pages' stylesheet (/embed/style.css).
import { readFileSync } from 'node:fs';

export function starlightPropsCss(): string {
  return readFileSync(new URL('./style/props.css', import.meta.resolve('@astrojs/starlight')), 'utf8');
}
