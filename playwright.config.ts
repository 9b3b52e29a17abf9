// Page tests: whole pages served from 127.0.0.1 in Debian's Chromium, watching the network.
import {defineConfig} from '@playwright/test';
import {chromiumLaunchOptions} from './test/chromium.js';

// KELISIM_TEST_PORT lets several checkouts run their page tests side by side.
export const port = Number(process.env.KELISIM_TEST_PORT ?? 4317);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      ...chromiumLaunchOptions,
      // Two names for 127.0.0.1, so a cookie set on the parent domain is real.
      args: [
        ...chromiumLaunchOptions.args,
        '--host-resolver-rules=MAP orta.test 127.0.0.1, MAP *.orta.test 127.0.0.1',
        // Test pages come from route.fulfill, which Chromium counts as public; let them load the local server's scripts.
        '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/kelisim.js`,
    reuseExistingServer: !process.env.CI,
  },
});
