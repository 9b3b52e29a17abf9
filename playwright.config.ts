// Page tests: whole pages served from 127.0.0.1, watching the network, in each engine that
// scripts/browsers.mjs finds. KELISIM_BROWSERS narrows a run (`KELISIM_BROWSERS=firefox`).
import {defineConfig} from '@playwright/test';
import type {Project} from '@playwright/test';
import {ENGINES, TEST_HOSTS, chromiumLaunchOptions, firefoxLaunchOptions, webkitBrowser} from './test/browsers.js';

// KELISIM_TEST_PORT lets several checkouts run their page tests side by side.
export const port = Number(process.env.KELISIM_TEST_PORT ?? 4317);

const PROJECTS: Record<string, () => Project> = {
  chromium: () => ({
    name: 'chromium',
    use: {
      browserName: 'chromium',
      launchOptions: {
        ...chromiumLaunchOptions,
        args: [
          ...chromiumLaunchOptions.args,
          // Test host names resolve to 127.0.0.1, so a cookie set on the parent domain is real.
          `--host-resolver-rules=${TEST_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
          // Test pages come from route.fulfill, which Chromium counts as public; let them load the local server's scripts.
          '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
        ],
      },
    },
  }),
  firefox: () => ({name: 'firefox', use: {browserName: 'firefox', launchOptions: firefoxLaunchOptions()}}),
  webkit: () => {
    const {driver, binary, executablePath} = webkitBrowser();
    if (!driver) return {name: 'webkit', use: {browserName: 'webkit', launchOptions: {executablePath}}};
    // WebKitGTK over WebDriver (test/e2e/fixtures.ts). Every step is a WebDriver round trip, so its tests get more time.
    return {name: 'webkit', timeout: 60_000, use: {browserName: 'webkit', webdriver: {driver, binary}}};
  },
};

/** Specs that open no browser (the package, the release files, the source's layers): run once, in the first engine. */
const WITHOUT_BROWSER = ['**/package.spec.ts', '**/release.spec.ts', '**/boundaries.spec.ts'];

export default defineConfig({
  testDir: 'test/e2e',
  // Maps '@playwright/test' to test/e2e/fixtures.ts, which gives WebKit's WebDriver page.
  tsconfig: './tsconfig.test.json',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // On a loaded 2-core CI machine a timing-sensitive page test may flake; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {baseURL: `http://127.0.0.1:${port}`},
  // Every page test runs in each engine scripts/browsers.mjs found; KELISIM_BROWSERS narrows a run.
  projects: ENGINES.filter((name) => PROJECTS[name]).map((name, index) => ({
    ...PROJECTS[name](),
    ...(index > 0 && {testIgnore: WITHOUT_BROWSER}),
  })),
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/kelisim.js`,
    reuseExistingServer: !process.env.CI,
  },
});
