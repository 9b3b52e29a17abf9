// How every test launches each engine: found by scripts/browsers.mjs, with the flags this
// closed network needs. KELISIM_BROWSERS (e.g. "firefox,webkit") narrows a run to some engines.
import {findBrowser} from '../scripts/browsers.mjs';

export const ENGINES = (process.env.KELISIM_BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim());

/** Test host names that resolve to 127.0.0.1, so a cookie set on the parent domain is real. */
export const TEST_HOSTS = ['orta.test', 'www.orta.test'];

export const chromiumLaunchOptions = {
  executablePath: findBrowser('chromium').executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** Firefox: Playwright's own build, or a stock one over WebDriver BiDi (the `moz-firefox` channel). */
export const firefoxLaunchOptions = (prefs = {}) => ({
  ...findBrowser('firefox'),
  firefoxUserPrefs: {
    'network.dns.localDomains': TEST_HOSTS.join(','),
    // No update checks, telemetry or first-run pages on a closed network.
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.shell.checkDefaultBrowser': false,
    ...prefs,
  },
});

export const webkitBrowser = () => findBrowser('webkit');
