// Unit and element tests, in Debian's Chromium (Playwright cannot download browsers here).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromiumLaunchOptions} from './test/chromium.js';

const json = fromRollup(rollupJson);

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  mimeTypes: {'**/*.json': 'js'},
  plugins: [json(), esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: [playwrightLauncher({product: 'chromium', launchOptions: chromiumLaunchOptions})],
  concurrency: 1,
  testFramework: {config: {timeout: 5000}},
};
