// The example apps' page tests (npm run test:examples): one example per run, chosen by
// KELISIM_EXAMPLE, served from its production build.
import {defineConfig} from '@playwright/test';
import {chromiumLaunchOptions} from './test/browsers.js';

const example = process.env.KELISIM_EXAMPLE ?? 'react';
const port = Number(process.env.KELISIM_EXAMPLES_PORT ?? 4318);
const staticBuild = (dir: string) => `node test/examples/static-server.mjs examples/${example}/${dir} ${port}`;
const servers: Record<string, string> = {
  react: staticBuild('dist'),
  vue: staticBuild('dist'),
  angular: staticBuild('dist/kelisim-example-angular/browser'),
  sveltekit: staticBuild('build'),
  astro: staticBuild('dist'),
  next: `npm --prefix examples/next run start -- --port ${port} --hostname 127.0.0.1`,
};

export default defineConfig({
  testDir: 'test/examples',
  // Each run empties its output folder first and writes .last-run.json last. With the page tests'
  // test-results/ shared, a run started meanwhile in the same checkout deleted it under this one,
  // which then failed with ENOENT after all its tests had passed; one folder per app also keeps
  // each app's failure reports when test:examples goes on to the next app.
  outputDir: `examples/${example}/test-results`,
  workers: 1,
  // Builds served on a shared machine: a test drives a whole app through several page loads.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {browserName: 'chromium', baseURL: `http://127.0.0.1:${port}`, launchOptions: chromiumLaunchOptions},
  webServer: {command: servers[example], url: `http://127.0.0.1:${port}/`, reuseExistingServer: false},
});
