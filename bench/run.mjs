// `npm run bench`: Kelisim against peer consent libraries, one identical page each, served from
// 127.0.0.1 and driven in Chromium with Playwright. Prints a markdown table (min / median / max
// over BENCH_RUNS fresh browser contexts, 15 by default) and writes it to docs/benchmarks.md and
// the README.
import {execSync} from 'node:child_process';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
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

/** A built file named with `*` for its content hash. */
function resolveFile(pattern) {
  if (!pattern.includes('*')) return pattern;
  const dir = pattern.slice(0, pattern.lastIndexOf('/'));
  const re = new RegExp(`^${pattern.slice(dir.length + 1).replace('.', '\\.').replace('*', '.+')}$`);
  return `${dir}/${readdirSync(join(root, dir)).find((file) => re.test(file))}`;
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
      const html = pageHtml(name, {ungated: url.searchParams.has('ungated'), scale: Number(url.searchParams.get('scale') ?? 0)});
      return response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(html);
    }
    const file = url.pathname.startsWith('/lib/') ? url.pathname.slice(5) : url.pathname.startsWith('/fake/') ? `bench${url.pathname}` : null;
    if (!file || file.includes('..')) throw new Error('not found');
    const body = readFileSync(join(root, file));
    response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600'}).end(body);
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
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({start: e.startTime, duration: e.duration})))).observe({type: 'longtask', buffered: true});
  new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__cls += e.hadRecentInput ? 0 : e.value))).observe({type: 'layout-shift', buffered: true});
  addEventListener('click', () => (window.__clickAt = performance.now()), true);
  // "Visible": the first animation frame in which the banner has a box, is neither
  // display:none nor visibility:hidden, and has an opacity above 0.
  const check = () => {
    const banner = window.__banner?.();
    if (banner) {
      const box = banner.getBoundingClientRect();
      const style = getComputedStyle(banner);
      if (box.width > 0 && box.height > 0 && style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0) {
        window.__visibleAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const browser = await chromium.launch(chromiumLaunchOptions);

async function freshPage(throttle = 1) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  await context.addInitScript(observe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  return {context, page, cdp};
}

/** One fresh visit: time to banner visible (the load event for the page with no library), script time, long tasks, CLS, heap. */
async function firstVisit(name, throttle) {
  const {context, page, cdp} = await freshPage(throttle);
  await page.goto(pageUrl(name), {waitUntil: 'load'});
  const hasBanner = !!LIBRARIES[name].banner;
  if (hasBanner) await page.waitForFunction(() => window.__visibleAt !== undefined, null, {timeout: 30_000});
  await page.waitForTimeout(300);
  const inPage = await page.evaluate(() => ({
    visible: window.__visibleAt ?? performance.getEntriesByType('navigation')[0].loadEventStart,
    longTasks: window.__longTasks.reduce((sum, task) => sum + task.duration, 0),
    cls: window.__cls,
  }));
  const {metrics} = await cdp.send('Performance.getMetrics');
  const metric = (key) => metrics.find((m) => m.name === key)?.value ?? 0;
  await context.close();
  return {...inPage, script: metric('ScriptDuration') * 1000, heap: metric('JSHeapUsedSize') / 1024 / 1024};
}

/** A returning visitor who accepted: navigation to the first gated analytics code running. */
async function returningVisit(name, ungated) {
  const {context, page} = await freshPage();
  if (ungated) {
    await page.goto(pageUrl(name, '&ungated'));
  } else {
    await page.goto(pageUrl(name));
    await page.locator(LIBRARIES[name].accept).click();
  }
  await page.waitForFunction(() => window.__analyticsStart !== undefined);
  await page.goto(ungated ? pageUrl(name, '&ungated') : pageUrl(name));
  await page.waitForFunction(() => window.__analyticsStart !== undefined, null, {timeout: 30_000});
  const start = await page.evaluate(() => window.__analyticsStart);
  await context.close();
  return {analyticsStart: start};
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
    longTasks: window.__longTasks.filter((task) => task.start + task.duration >= window.__clickAt).reduce((sum, t) => sum + t.duration, 0),
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

// --- the runs ---------------------------------------------------------------------------------------
execSync('npm run build', {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
const figures = {};
for (const name of Object.keys(LIBRARIES)) {
  const library = LIBRARIES[name];
  process.stderr.write(`${name}\n`);
  const entry = (figures[name] = {transfer: transfer(library.files)});
  if (library.returningFiles) entry.returningTransfer = transfer(library.returningFiles);
  entry.first = await repeat('first visit', () => firstVisit(name, 1));
  entry.throttled = await repeat('first visit, CPU 4x', () => firstVisit(name, 4));
  if (library.accept) {
    entry.returning = await repeat('returning visitor', () => returningVisit(name, false));
    entry.ungated = await repeat('same page, analytics not gated', () => returningVisit(name, true));
    entry.scale = await repeat(`${SCALE} gated scripts`, () => scaleVisit(name));
  }
}
await browser.close();
server.close();

// --- the table ---------------------------------------------------------------------------------------
const ms = (n) => (n === undefined ? '—' : n < 10 ? n.toFixed(1) : Math.round(n).toString());
const triple = (s, format = ms) => `${format(s.min)} / **${format(s.median)}** / ${format(s.max)}`;
const bytes = (n) => n.toLocaleString('en');
const lateBy = (f) => stats(f.returning, 'analyticsStart').median - stats(f.ungated, 'analyticsStart').median;

const rows = [
  ['script-tag transfer, raw / gzip / brotli (B)', (f) => `${bytes(f.transfer.raw)} / ${bytes(f.transfer.gzip)} / **${bytes(f.transfer.brotli)}**`, (f) => f.transfer.brotli],
  ['returning visitor transfer, brotli (B)', (f) => (f.returning ? bytes((f.returningTransfer ?? f.transfer).brotli) : '—'), (f) => f.returning && (f.returningTransfer ?? f.transfer).brotli],
  ['banner visible (ms)', (f) => triple(stats(f.first, 'visible')), (f) => stats(f.first, 'visible').median],
  ['banner visible, CPU 4× (ms)', (f) => triple(stats(f.throttled, 'visible')), (f) => stats(f.throttled, 'visible').median],
  ['script time (ms)', (f) => triple(stats(f.first, 'script')), (f) => stats(f.first, 'script').median],
  ['script time, CPU 4× (ms)', (f) => triple(stats(f.throttled, 'script')), (f) => stats(f.throttled, 'script').median],
  ['long tasks, CPU 4× (ms, sum)', (f) => triple(stats(f.throttled, 'longTasks')), (f) => stats(f.throttled, 'longTasks').median],
  ['CLS', (f) => triple(stats(f.first, 'cls'), (n) => n.toFixed(3)), (f) => stats(f.first, 'cls').median],
  ['JS heap (MB)', (f) => triple(stats(f.first, 'heap'), (n) => n.toFixed(2)), (f) => stats(f.first, 'heap').median],
  ['returning: gated analytics start (ms)', (f) => (f.returning ? triple(stats(f.returning, 'analyticsStart')) : '—'), (f) => f.returning && stats(f.returning, 'analyticsStart').median],
  ['same page, analytics not gated (ms)', (f) => (f.ungated ? triple(stats(f.ungated, 'analyticsStart')) : '—'), (f) => f.ungated && stats(f.ungated, 'analyticsStart').median],
  ['… gated start later by, median (ms)', (f) => (f.returning ? ms(lateBy(f)) : '—'), () => undefined],
  [`${SCALE} gated scripts released after click (ms)`, (f) => (f.scale ? triple(stats(f.scale, 'release')) : '—'), (f) => f.scale && stats(f.scale, 'release').median],
  [`… long tasks during release (ms, sum)`, (f) => (f.scale ? triple(stats(f.scale, 'longTasks')) : '—'), (f) => f.scale && stats(f.scale, 'longTasks').median],
];

const names = Object.keys(LIBRARIES);
const ratio = (name, median) => {
  const peer = median(figures[PEER]);
  const own = median(figures[name]);
  return typeof own === 'number' && typeof peer === 'number' && peer > 0 ? `${(own / peer).toFixed(2)}×` : '—';
};
const header = ['figure (min / **median** / max)', ...names, `${KELISIM} ÷ vanilla`, 'kelisim (split) ÷ vanilla'];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map(([label, cell, median]) => `| ${label} | ${names.map((name) => cell(figures[name])).join(' | ')} | ${ratio(KELISIM, median)} | ${ratio('kelisim (split)', median)} |`),
].join('\n');

const chromiumVersion = execSync(`${chromiumLaunchOptions.executablePath} --version`).toString().trim();
const machine = `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${chromiumVersion} headless, Node ${process.version}`;
const report = `# Benchmarks

Latest run of \`npm run bench\` (${RUNS} fresh browser contexts per figure, run took ${Math.round((Date.now() - started) / 1000)} s).
Machine: ${machine}.

${table}

How it is measured:

- Every library gets the same page, served from 127.0.0.1: the same text, the same three
  categories and the same gated fake Metrika and GA scripts, each in the library's own markup
  (\`bench/pages.mjs\`). "no library" is that page without a consent library; its "banner
  visible" is its load event.
- Transfer: the files a script-tag user loads, compressed here (gzip -9, brotli -q 11). For the
  split build, the first visit loads the start-up module and the UI chunk; a returning visitor
  with a current choice only the start-up module.
- Banner visible: from navigation start to the first animation frame in which the library's
  banner has a box, is neither \`display: none\` nor \`visibility: hidden\`, and has an opacity
  above 0 (every library fades in).
- Script time and JS heap: Chrome DevTools Protocol \`Performance.getMetrics\` (ScriptDuration,
  JSHeapUsedSize) 300 ms after the banner is visible. Long tasks: the \`longtask\` entries' sum.
  CLS: the \`layout-shift\` entries' sum. CPU 4×: \`Emulation.setCPUThrottlingRate\`.
- Returning visitor: a context accepts all, then loads the page again; the figure is from that
  navigation to the first gated analytics code running. Against it stands the same page (with
  the same library) whose analytics scripts are not gated, loaded twice the same way.
- ${SCALE} gated scripts: from the Accept all click (a capturing listener) to the last of
  ${SCALE} gated inline scripts having run.
- Osano cookieconsent has no categories, so it has no gating figures.
`;
writeFileSync(join(root, 'docs/benchmarks.md'), report);
const readme = join(root, 'README.md');
const summary = `Latest run: ${RUNS} fresh browser contexts per figure; ${machine}.\n\n${table}`;
writeFileSync(readme, readFileSync(readme, 'utf8').replace(/<!-- bench -->[\s\S]*<!-- \/bench -->/, `<!-- bench -->\n${summary}\n<!-- /bench -->`));
console.log(report);
