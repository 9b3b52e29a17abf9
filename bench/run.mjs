// `npm run bench`: Kelisim against peer consent libraries, one identical page each, served from
// 127.0.0.1 and driven in Chromium with Playwright. Prints a markdown table (min / median / max
// over BENCH_RUNS fresh browser contexts, 15 by default) and writes it to docs/benchmarks.md and
// the README.
import {execSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {cpus, totalmem} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {chromium} from 'playwright';
import {chromiumLaunchOptions} from '../test/browsers.js';
import {LIBRARIES, pageHtml} from './pages.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SCALE = 200;
const KELISIM = 'kelisim (all-in-one)';
const PEER = 'vanilla-cookieconsent 3.1.0';
const started = Date.now();
const figures = {};

/** A built file named with `*` for its content hash; `a|b` takes the first that exists. */
function resolveFile(pattern) {
  for (const option of pattern.split('|')) {
    if (!option.includes('*')) {
      if (existsSync(join(root, option))) return option;
      continue;
    }
    const dir = option.slice(0, option.lastIndexOf('/'));
    const re = new RegExp(
      `^${option
        .slice(dir.length + 1)
        .replace('.', '\\.')
        .replace('*', '.+')}$`
    );
    const found = readdirSync(join(root, dir)).find((file) => re.test(file));
    if (found) return `${dir}/${found}`;
  }
  throw new Error(`No built file matches ${pattern}`);
}

function transfer(files) {
  const sum = {raw: 0, gzip: 0, brotli: 0};
  for (const file of files.map(resolveFile)) {
    const bytes = readFileSync(join(root, file));
    sum.raw += bytes.length;
    sum.gzip += gzipSync(bytes, {level: 9}).length;
    sum.brotli += brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  }
  return sum;
}

// --- the server: library files, generated pages, fake analytics -------------------------------
const types = {'.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css'};
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  try {
    if (url.pathname.startsWith('/page')) {
      const name = url.searchParams.get('lib');
      const html = pageHtml(name, {
        ungated: url.searchParams.has('ungated'),
        scale: Number(url.searchParams.get('scale') ?? 0),
      });
      return response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(html);
    }
    const file = url.pathname.startsWith('/lib/')
      ? url.pathname.slice(5)
      : url.pathname.startsWith('/fake/')
        ? `bench${url.pathname}`
        : null;
    if (!file || file.includes('..')) throw new Error('not found');
    const body = readFileSync(join(root, file));
    response
      .writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'max-age=3600',
      })
      .end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const pageUrl = (name, extra = '') => `${origin}/page?lib=${encodeURIComponent(name)}${extra}`;

// --- measuring -----------------------------------------------------------------------------------
/** Installed in every page before any script: banner visibility, long tasks and layout shifts. */
function observe() {
  window.__longTasks = [];
  window.__cls = 0;
  new PerformanceObserver((list) =>
    window.__longTasks.push(...list.getEntries().map((e) => ({start: e.startTime, duration: e.duration})))
  ).observe({type: 'longtask', buffered: true});
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => (window.__cls += e.hadRecentInput ? 0 : e.value))
  ).observe({type: 'layout-shift', buffered: true});
  addEventListener('click', () => (window.__clickAt = performance.now()), true);
  // "Visible": the first animation frame in which the banner has a box, is neither
  // display:none nor visibility:hidden, and has an opacity above 0.
  const check = () => {
    const banner = window.__banner?.();
    if (banner) {
      const box = banner.getBoundingClientRect();
      const style = getComputedStyle(banner);
      if (
        box.width > 0 &&
        box.height > 0 &&
        style.display !== 'none' &&
        style.visibility !== 'hidden' &&
        Number(style.opacity) > 0
      ) {
        window.__visibleAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const browser = await chromium.launch(chromiumLaunchOptions);

/** A fresh context (no cache, no cookies unless `storageState` brings a stored choice). */
async function freshPage({throttle = 1, noCache = false, storageState} = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, storageState});
  await context.addInitScript(observe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (noCache) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  }
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  return {context, page, cdp};
}

/** One fresh visit: time to banner visible (the load event for the page with no library), script time, long tasks, CLS, heap. */
async function firstVisit(name, throttle) {
  const {context, page, cdp} = await freshPage({throttle});
  await page.goto(pageUrl(name), {waitUntil: 'load'});
  const hasBanner = !!LIBRARIES[name].banner;
  if (hasBanner) await page.waitForFunction(() => window.__visibleAt !== undefined, null, {timeout: 30_000});
  await page.waitForTimeout(300);
  const inPage = await page.evaluate(() => ({
    visible: window.__visibleAt ?? performance.getEntriesByType('navigation')[0].loadEventStart,
    longTasks: window.__longTasks.reduce((sum, task) => sum + task.duration, 0),
    longest: Math.max(0, ...window.__longTasks.map((task) => task.duration)),
    over50: window.__longTasks.filter((task) => task.duration > 50).length,
    cls: window.__cls,
  }));
  const {metrics} = await cdp.send('Performance.getMetrics');
  const metric = (key) => metrics.find((m) => m.name === key)?.value ?? 0;
  await context.close();
  return {...inPage, script: metric('ScriptDuration') * 1000, heap: metric('JSHeapUsedSize') / 1024 / 1024};
}

/** The cookies and storage of a visitor who clicked Accept all on `extra`'s page, made once per library and page. */
const accepted = new Map();
async function acceptedState(name, extra) {
  const key = `${name}${extra}`;
  if (!accepted.has(key)) {
    const {context, page} = await freshPage();
    await page.goto(pageUrl(name, extra));
    await page.locator(LIBRARIES[name].accept).click();
    await page.waitForFunction(() => window.__analyticsStart !== undefined || window.__doneAt !== undefined);
    accepted.set(key, await context.storageState());
    await context.close();
  }
  return accepted.get(key);
}

const firstAnalyticsRequest = () =>
  performance.getEntriesByType('resource').find((entry) => entry.name.includes('/fake/'))?.startTime;

/**
 * A returning visitor who accepted, CPU 4×, HTTP cache off: navigation start to the first
 * analytics request. `ungated`: the same page with the same library, its analytics tags not gated.
 */
async function returningVisit(name, ungated) {
  const storageState = ungated ? undefined : await acceptedState(name, '');
  const {context, page} = await freshPage({throttle: 4, noCache: true, storageState});
  await page.goto(pageUrl(name, ungated ? '&ungated' : ''));
  await page.waitForFunction(firstAnalyticsRequest, null, {timeout: 30_000});
  const start = await page.evaluate(firstAnalyticsRequest);
  await context.close();
  return {analyticsStart: start};
}

/** A returning visitor who accepted, CPU 1×: navigation start to the last of 200 gated inline scripts having run. */
async function returningScaleVisit(name, ungated) {
  const extra = `&scale=${SCALE}${ungated ? '&ungated' : ''}`;
  const storageState = ungated ? undefined : await acceptedState(name, `&scale=${SCALE}`);
  const {context, page} = await freshPage({noCache: true, storageState});
  await page.goto(pageUrl(name, extra));
  // A script released before the parser gave it all its text is lost: this run never finishes.
  const finished = await page
    .waitForFunction(() => window.__doneAt !== undefined, null, {timeout: 10_000})
    .catch(() => false);
  const done = finished ? await page.evaluate(() => window.__doneAt) : Infinity;
  await context.close();
  return {done};
}

/** 200 gated inline scripts: from the Accept all click to the last one having run. */
async function scaleVisit(name) {
  const {context, page} = await freshPage();
  await page.goto(pageUrl(name, `&scale=${SCALE}`));
  await page.waitForFunction(() => window.__visibleAt !== undefined);
  await page.locator(LIBRARIES[name].accept).click();
  await page.waitForFunction(() => window.__doneAt !== undefined, null, {timeout: 30_000});
  await page.waitForTimeout(100);
  const result = await page.evaluate(() => ({
    release: window.__doneAt - window.__clickAt,
    longTasks: window.__longTasks
      .filter((task) => task.start + task.duration >= window.__clickAt)
      .reduce((sum, t) => sum + t.duration, 0),
  }));
  await context.close();
  return result;
}

async function repeat(label, visit) {
  const results = [];
  for (let run = 0; run < RUNS; run++) results.push(await visit());
  process.stderr.write(`  ${label}: ${RUNS} runs done (${Math.round((Date.now() - started) / 1000)} s)\n`);
  return results;
}

const stats = (results, key) => {
  const values = results.map((result) => result[key]).sort((a, b) => a - b);
  return {min: values[0], median: values[Math.floor(values.length / 2)], max: values.at(-1)};
};

// --- the table ---------------------------------------------------------------------------------------
const ms = (n) =>
  n === undefined ? '—' : n === Infinity ? 'never' : Math.abs(n) < 10 ? n.toFixed(1) : Math.round(n).toString();
const triple = (s, format = ms) => `${format(s.min)} / **${format(s.median)}** / ${format(s.max)}`;
const bytes = (n) => n.toLocaleString('en');
const median = (results, key) => stats(results, key).median;
const lateBy = (f) => median(f.returning, 'analyticsStart') - median(f.ungated, 'analyticsStart');
const scaleLateBy = (f) => median(f.scaleReturning, 'done') - median(f.scaleUngated, 'done');
const signed = (n) => (Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${ms(n)}` : 'never');

// [label, cell, the number the ratio columns compare (undefined: no ratio)]
const rows = [
  [
    'script-tag transfer, raw / gzip / brotli (B)',
    (f) => `${bytes(f.transfer.raw)} / ${bytes(f.transfer.gzip)} / **${bytes(f.transfer.brotli)}**`,
    (f) => f.transfer.brotli,
  ],
  [
    'split build: start-up module + UI chunk + English texts, brotli (B)',
    (f) => (f.parts ? f.parts.map((part) => bytes(part.brotli)).join(' + ') : '—'),
    () => undefined,
  ],
  [
    'returning visitor transfer, brotli (B)',
    (f) => (f.returning ? bytes((f.returningTransfer ?? f.transfer).brotli) : '—'),
    (f) => f.returning && (f.returningTransfer ?? f.transfer).brotli,
  ],
  ['banner visible (ms)', (f) => triple(stats(f.first, 'visible')), (f) => median(f.first, 'visible')],
  ['banner visible, CPU 4× (ms)', (f) => triple(stats(f.throttled, 'visible')), (f) => median(f.throttled, 'visible')],
  ['script time (ms)', (f) => triple(stats(f.first, 'script')), (f) => median(f.first, 'script')],
  ['script time, CPU 4× (ms)', (f) => triple(stats(f.throttled, 'script')), (f) => median(f.throttled, 'script')],
  [
    'long tasks, CPU 4× (ms, sum)',
    (f) => triple(stats(f.throttled, 'longTasks')),
    (f) => median(f.throttled, 'longTasks'),
  ],
  ['longest task, CPU 4× (ms)', (f) => triple(stats(f.throttled, 'longest')), (f) => median(f.throttled, 'longest')],
  ['tasks over 50 ms, CPU 4× (count)', (f) => triple(stats(f.throttled, 'over50'), String), () => undefined],
  ['CLS', (f) => triple(stats(f.first, 'cls'), (n) => n.toFixed(3)), () => undefined],
  ['JS heap (MB)', (f) => triple(stats(f.first, 'heap'), (n) => n.toFixed(2)), (f) => median(f.first, 'heap')],
  [
    'returning, CPU 4×, no HTTP cache: first analytics request (ms)',
    (f) => (f.returning ? triple(stats(f.returning, 'analyticsStart')) : '—'),
    () => undefined,
  ],
  [
    '… same page, tags not gated (ms)',
    (f) => (f.ungated ? triple(stats(f.ungated, 'analyticsStart')) : '—'),
    () => undefined,
  ],
  [
    '**… gated request later by, median (ms)**',
    (f) => (f.returning ? `**${signed(lateBy(f))}**` : '—'),
    () => undefined,
  ],
  [
    `returning, ${SCALE} gated inline scripts all run (ms)`,
    (f) => (f.scaleReturning ? triple(stats(f.scaleReturning, 'done')) : '—'),
    () => undefined,
  ],
  [
    `… same page, ${SCALE} scripts not gated (ms)`,
    (f) => (f.scaleUngated ? triple(stats(f.scaleUngated, 'done')) : '—'),
    () => undefined,
  ],
  [
    '**… gated scripts later by, median (ms)**',
    (f) => (f.scaleReturning ? `**${signed(scaleLateBy(f))}**` : '—'),
    () => undefined,
  ],
  [
    `first visit, ${SCALE} gated scripts run after Accept all (ms)`,
    (f) => (f.scale ? triple(stats(f.scale, 'release')) : '—'),
    (f) => f.scale && median(f.scale, 'release'),
  ],
  [
    `… long tasks during release (ms, sum)`,
    (f) => (f.scale ? triple(stats(f.scale, 'longTasks')) : '—'),
    () => undefined,
  ],
];

const ratio = (name, value) => {
  const peer = figures[PEER] && value(figures[PEER]);
  const own = figures[name] && value(figures[name]);
  return typeof own === 'number' && typeof peer === 'number' && peer > 0 ? `${(own / peer).toFixed(2)}×` : '—';
};
/** The table over the libraries measured so far. */
function tableOf(names) {
  const header = ['figure (min / **median** / max)', ...names, `${KELISIM} ÷ vanilla`, 'kelisim (split) ÷ vanilla'];
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map(
      ([label, cell, value]) =>
        `| ${label} | ${names.map((name) => cell(figures[name])).join(' | ')} | ${ratio(KELISIM, value)} | ${ratio('kelisim (split)', value)} |`
    ),
  ].join('\n');
}

// --- the runs ---------------------------------------------------------------------------------------
if (!process.env.BENCH_NO_BUILD) execSync('npm run build', {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
// BENCH_LIBS="kelisim,vanilla" measures only the libraries whose names contain one of these.
const only = process.env.BENCH_LIBS?.split(',');
const measured = Object.keys(LIBRARIES).filter(
  (name) => !only || name === 'no library' || only.some((part) => name.includes(part))
);
for (const name of measured) {
  const library = LIBRARIES[name];
  process.stderr.write(`${name}\n`);
  const entry = (figures[name] = {transfer: transfer(library.files)});
  if (library.returningFiles) entry.returningTransfer = transfer(library.returningFiles);
  if (library.files.length > 1 && library.returningFiles) entry.parts = library.files.map((file) => transfer([file]));
  entry.first = await repeat('first visit', () => firstVisit(name, 1));
  entry.throttled = await repeat('first visit, CPU 4x', () => firstVisit(name, 4));
  if (library.accept) {
    entry.returning = await repeat('returning visitor, CPU 4x', () => returningVisit(name, false));
    entry.ungated = await repeat('same page, analytics not gated, CPU 4x', () => returningVisit(name, true));
    entry.scaleReturning = await repeat(`returning visitor, ${SCALE} gated scripts`, () =>
      returningScaleVisit(name, false)
    );
    entry.scaleUngated = await repeat(`same page, ${SCALE} scripts not gated`, () => returningScaleVisit(name, true));
    entry.scale = await repeat(`${SCALE} gated scripts after Accept all`, () => scaleVisit(name));
  }
  // So far, in case the run is cut short.
  process.stderr.write(`${tableOf(Object.keys(figures))}\n`);
}
await browser.close();
const table = tableOf(measured);
server.close();

const chromiumVersion = execSync(`${chromiumLaunchOptions.executablePath} --version`).toString().trim();
const machine = `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${chromiumVersion} headless, Node ${process.version}`;
const report = `# Benchmarks

Latest run of \`npm run bench\` (median of ${RUNS} fresh browser contexts per figure, run took ${Math.round((Date.now() - started) / 1000)} s).
Machine: ${machine}.

${table}

How it is measured:

- Every library gets the same page, served from 127.0.0.1: the same text, the same three
  categories and the same gated fake Metrika and GA scripts, each in the library's own markup
  (\`bench/pages.mjs\`). "no library" is that page without a consent library; its "banner
  visible" is its load event.
- Transfer: the files a script-tag user loads, compressed here (gzip -9, brotli -q 11). For the
  split build, the first visit loads the start-up module, the UI chunk and the page's texts
  (English here); a returning visitor with a current choice only the start-up module.
- Banner visible: from navigation start to the first animation frame in which the library's
  banner has a box, is neither \`display: none\` nor \`visibility: hidden\`, and has an opacity
  above 0 (every library fades in).
- Script time and JS heap: Chrome DevTools Protocol \`Performance.getMetrics\` (ScriptDuration,
  JSHeapUsedSize) 300 ms after the banner is visible. Long tasks: the \`longtask\` entries' sum.
  CLS: the \`layout-shift\` entries' sum. CPU 4×: \`Emulation.setCPUThrottlingRate\`.
- Long tasks: the \`longtask\` entries (each over 50 ms): their sum, the longest, and how many.
- Returning visitor: one context clicks Accept all; its cookies and storage start each run's
  fresh context, at CPU 4× with the HTTP cache off (\`Network.setCacheDisabled\`). The figure
  is from navigation start to the first analytics request (Resource Timing \`startTime\` of the
  first fake tag). Against it stands the same page, with the same library, whose analytics
  tags are not gated: "later by" is the difference of the medians.
- Returning visitor, ${SCALE} gated inline scripts: the same, at CPU 1×, from navigation start
  to the last of ${SCALE} gated inline scripts having run, against the same ${SCALE} not gated.
- First visit, ${SCALE} gated scripts: from the Accept all click (a capturing listener) to the
  last of them having run.
- Kelisim is loaded in \`<head>\` (the split build as \`<script type="module" async>\`); the
  other libraries as their documentation shows.
- Osano cookieconsent has no categories, so it has no gating figures.
`;
writeFileSync(join(root, 'docs/benchmarks.md'), report);
const readme = join(root, 'README.md');
const summary = `Latest run: ${RUNS} fresh browser contexts per figure; ${machine}.\n\n${table}`;
writeFileSync(
  readme,
  readFileSync(readme, 'utf8').replace(
    /<!-- bench -->[\s\S]*<!-- \/bench -->/,
    `<!-- bench -->\n${summary}\n<!-- /bench -->`
  )
);
console.log(report);
