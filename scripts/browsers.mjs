// Finds the three engines every test runner uses, installs one that is missing, or says how.
// `node scripts/browsers.mjs` prints what it found (installing what is missing); the test
// configs import `findBrowsers()` so a newcomer's `npm test` needs nothing else.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readFileSync, realpathSync} from 'node:fs';
import {createServer} from 'node:net';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, firefox, webkit} from 'playwright';

const DEBIAN = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1';
const onPath = (name) => spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).stdout.trim() || undefined;
const firstFile = (...paths) => paths.find((path) => path && existsSync(path));
const playwrightOwn = (type) => firstFile(type.executablePath());

// Each engine: how to look for it, and what to install when it is missing.
const ENGINES = {
  chromium: {
    find() {
      const own = firstFile(process.env.KELISIM_CHROMIUM) ?? playwrightOwn(chromium);
      const system = onPath('chromium') ?? onPath('chromium-browser') ?? onPath('google-chrome');
      const executablePath = own ?? system;
      return executablePath && {executablePath};
    },
    debian: ['chromium'],
  },
  firefox: {
    find() {
      // Playwright's own Firefox speaks its protocol; a stock Firefox is driven over WebDriver BiDi.
      const own = !process.env.KELISIM_FIREFOX && playwrightOwn(firefox);
      if (own) return {executablePath: own};
      const stock = firstFile(process.env.KELISIM_FIREFOX) ?? onPath('firefox-esr') ?? onPath('firefox');
      if (!stock) return undefined;
      // Before 143 (ESR 140) Firefox lacks a BiDi command Playwright sends at launch: a relay answers it.
      if (firefoxVersion(stock) < 143)
        return {executablePath: FIREFOX_RELAY, args: [`--kelisim-firefox=${stock}`], channel: 'moz-firefox'};
      return {executablePath: stock, channel: 'moz-firefox'};
    },
    debian: ['firefox-esr'],
  },
  webkit: {
    find() {
      // WebKitGTK's WebDriver and MiniBrowser where present (Playwright cannot download here),
      // else Playwright's own WebKit.
      const driver = firstFile(process.env.KELISIM_WEBKIT_DRIVER) ?? onPath('WebKitWebDriver');
      const binary = firstFile(process.env.KELISIM_WEBKIT, `${DEBIAN}/MiniBrowser`);
      if (driver && binary) return {driver, binary};
      const own = playwrightOwn(webkit);
      return own && {executablePath: own};
    },
    debian: ['webkit2gtk-driver', 'xvfb'],
  },
};

const FIREFOX_RELAY = fileURLToPath(new URL('firefox-bidi.mjs', import.meta.url));

/** A Firefox's major version, from the application.ini beside its real binary (Infinity if unknown). */
function firefoxVersion(path) {
  const ini = join(dirname(realpathSync(path)), 'application.ini');
  const version = existsSync(ini) && /^Version=(\d+)/m.exec(readFileSync(ini, 'utf8'));
  return version ? Number(version[1]) : Infinity;
}

const isRoot = process.getuid?.() === 0;
const hasApt = !!onPath('apt-get');

function install(name) {
  const engine = ENGINES[name];
  const run = (command, args) => spawnSync(command, args, {stdio: ['ignore', 2, 2]}).status === 0;
  const apt = ['apt-get', 'install', '-y', '-q', ...engine.debian];
  if (isRoot && hasApt) {
    console.error(`kelisim: ${name} not found; installing Debian's ${engine.debian.join(', ')}…`);
    process.env.DEBIAN_FRONTEND = 'noninteractive';
    if (run(apt[0], apt.slice(1)) || (run('apt-get', ['update', '-q']) && run(apt[0], apt.slice(1)))) return;
  } else {
    console.error(`kelisim: ${name} not found; running npx playwright install ${name}…`);
    if (run('npx', ['playwright', 'install', name])) return;
  }
  const commands = [`npx playwright install --with-deps ${name}`];
  if (hasApt) commands.push(`sudo ${apt.join(' ')}`);
  throw new Error(
    `kelisim: no ${name} for the tests. Install one with:\n  ${commands.join('\n  or: ')}\n` +
      `or point KELISIM_${name.toUpperCase()} at one.`
  );
}

const found = {};
/** One engine, found (and installed once if missing). Synchronous: the test configs call it. */
export function findBrowser(name) {
  if (found[name]) return found[name];
  let browser = ENGINES[name].find();
  if (!browser) {
    install(name);
    browser = ENGINES[name].find();
  }
  if (!browser)
    throw new Error(`kelisim: installed ${name} but still cannot find it; set KELISIM_${name.toUpperCase()}.`);
  if (browser.driver) ensureDisplay();
  return (found[name] = browser);
}

/** WebKitGTK draws to a display: start Xvfb when there is none; it ends with this process. */
function ensureDisplay() {
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return;
  if (!onPath('Xvfb')) install('webkit');
  for (let n = 99; n < 199; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    spawnTied('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    // Wait (synchronously: configs are loaded synchronously) for the display's socket.
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let tries = 0; tries < 100 && !existsSync(`/tmp/.X11-unix/X${n}`); tries++) Atomics.wait(pause, 0, 0, 50);
    process.env.DISPLAY = `:${n}`;
    return;
  }
  throw new Error('kelisim: no free X display for Xvfb.');
}

/**
 * Starts a helper program that ends with this process, however this process ends (a test runner
 * killed on a timeout included): it is stopped once the pipe to its shell's stdin closes.
 */
function spawnTied(command, args) {
  const child = spawn('sh', ['-c', '"$0" "$@" & cat >/dev/null; kill $!', command, ...args], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.unref();
  child.stdin.unref();
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts WebKitWebDriver (which starts the browser) on a free port and waits until it answers; it ends with this process. */
export async function startWebKitDriver(driver) {
  const port = await freePort();
  spawnTied(driver, [`--port=${port}`]);
  for (let tries = 0; tries < 100; tries++) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false
    );
    if (ready) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`kelisim: ${driver} did not start.`);
}

/** WebDriver capabilities for WebKitGTK's MiniBrowser (WebDriver classic: it has no BiDi). */
export const webkitCapabilities = (binary, extra = {}) => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': {binary, args: ['--automation']},
  ...extra,
});

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const name of Object.keys(ENGINES)) {
    const browser = findBrowser(name);
    console.log(`${name.padEnd(9)} ${Object.values(browser).join(' ')}`);
  }
}
