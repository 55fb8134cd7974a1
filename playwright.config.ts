import { defineConfig } from '@playwright/test';

// End-to-end tests run against the static export served by a plain static file server,
// in Debian's Chromium: nothing is downloaded. `npm test` builds the exports first.
// E2E_PORT moves the six ports (root export, sub-path export, next dev, hostile fixture export, Hugo drop-in
// fixture export, next dev of e2e/dev-server-public.spec.ts) when 4173–4178 are taken.
const firstPort = Number(process.env.E2E_PORT ?? 4173);
export const rootServer = `http://localhost:${firstPort}`;
export const subPathServer = `http://localhost:${firstPort + 1}`;
export const hostileServer = `http://localhost:${firstPort + 3}`;
export const hugoServer = `http://localhost:${firstPort + 4}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: [
    { command: `node scripts/serve.mjs out ${firstPort}`, url: `${rootServer}/`, reuseExistingServer: false },
    { command: `node scripts/serve.mjs .e2e/sub-path ${firstPort + 1}`, url: `${subPathServer}/weekly/`, reuseExistingServer: false },
    { command: `node scripts/serve.mjs .e2e/hostile ${firstPort + 3}`, url: `${hostileServer}/`, reuseExistingServer: false },
    { command: `node scripts/serve.mjs .e2e/hugo ${firstPort + 4}`, url: `${hugoServer}/`, reuseExistingServer: false },
  ],
  projects: [
    { name: 'root', testIgnore: /sub-path|dev-server|hostile|hugo-drop-in/, use: { baseURL: rootServer } },
    { name: 'sub-path', testMatch: /sub-path/, use: { baseURL: subPathServer } },
    // Next.js allows one `next dev` a project folder at a time (.next/dev/lock): the dev-server spec files run one after another.
    { name: 'dev-server', testMatch: /dev-server/, timeout: 180_000, workers: 1 },
    { name: 'hostile', testMatch: /hostile/, use: { baseURL: hostileServer } },
    { name: 'hugo', testMatch: /hugo-drop-in/, use: { baseURL: hugoServer } },
  ],
});
