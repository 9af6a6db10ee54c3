import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The UI builds to web/dist, which `crosswire serve` serves (src/api/static.ts). JSX is compiled
// for Preact by Vite's own transformer, so no framework plugin is needed.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8377' } },
});
