// Page tests: whole pages served from 127.0.0.1 in Debian's Chromium, watching the network.
import {defineConfig} from '@playwright/test';
import {chromiumLaunchOptions} from './test/chromium.js';

const port = 4317;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/kelisim.js`,
    reuseExistingServer: !process.env.CI,
  },
});
