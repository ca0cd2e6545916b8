// Vite builds the client (client/ → dist/client); Vitest runs every suite of `npm test`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { antdStaticStyle } from './client/build/antdStaticStyle.ts';
import { earlyStart } from './client/build/earlyStart.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const apiTarget = process.env.NIANJIAN_DEV_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('./client'),
  plugins: [react(), earlyStart(here('./client')), antdStaticStyle()],
  resolve: {
    alias: {
      '@shared': here('./shared'),
      '@server': here('./server'),
      '@client': here('./client'),
    },
  },
  build: {
    outDir: here('./dist/client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What main.tsx imports, in one file: on HTTP/1.1 each small chunk costs a turn of one
          // of six connections before the editor's code (see client/build/earlyStart.ts). Not
          // main.tsx itself: the app imports from this chunk, and main.tsx waits for the app.
          groups: [{ name: 'boot', test: /client\/(pageRoutes\.ts|theme\.ts|api\/|pages\/Entry\/entryHeadStart\.ts|editor\/earlySession\.ts)|vite\/preload-helper/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': {
        target: apiTarget,
        changeOrigin: false,
        // The client's own modules under client/api/ are served at /api/*.ts too: Vite serves those.
        bypass: (req) => (/\.(tsx?|css)(\?|$)/.test(req.url ?? '') ? req.url : undefined),
      },
      '/collab': { target: apiTarget, ws: true },
    },
  },
  test: {
    root: here('.'),
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/bench/**'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default: a browser page on a busy 2-core machine (CI runs
    // two test files at once) can take longer to close a dialog. A poll still ends at its match.
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: true,
    maxWorkers: 2,
  },
});
