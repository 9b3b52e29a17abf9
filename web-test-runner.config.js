// Unit and element tests in Chromium, Firefox and WebKit, as found by scripts/browsers.mjs.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {startWebKitDriver, webkitCapabilities} from './scripts/browsers.mjs';
import {ENGINES, chromiumLaunchOptions, firefoxLaunchOptions, webkitBrowser} from './test/browsers.js';

const json = fromRollup(rollupJson);

async function webkitLauncher() {
  const webkit = webkitBrowser();
  if (!webkit.driver) return playwrightLauncher({product: 'webkit', launchOptions: webkit});
  const port = await startWebKitDriver(webkit.driver);
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: webkitCapabilities(webkit.binary),
  });
}

const LAUNCHERS = {
  chromium: () => playwrightLauncher({product: 'chromium', launchOptions: chromiumLaunchOptions}),
  firefox: () => playwrightLauncher({product: 'firefox', launchOptions: firefoxLaunchOptions()}),
  webkit: webkitLauncher,
};

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  mimeTypes: {'**/*.json': 'js'},
  plugins: [json(), esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: await Promise.all(ENGINES.map((name) => LAUNCHERS[name]())),
  concurrency: 1,
  // Generous: three engines share the machine, and the property tests run thousands of cases.
  browserStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  testFramework: {config: {timeout: 60_000}},
};
