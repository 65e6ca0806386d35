// Vite's `?raw` imports (the file's text), for tsc outside Astro's generated types.
declare module '*?raw' {
  const text: string;
  export default text;
}
