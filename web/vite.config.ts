import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page builds into dist/web beside the compiled services, where the gateway serves it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The page works offline: no asset is left to a CDN, and none is inlined as data: so the
    // gateway's Content-Security-Policy can stay at 'self'.
    assetsInlineLimit: 0,
  },
  server: {
    // `npx vite web` serves the page with hot reload against a running `npm start`.
    proxy: { '/api': 'http://127.0.0.1:3000', '/downloads': 'http://127.0.0.1:3000' },
  },
});
