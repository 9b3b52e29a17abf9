/**
 * The admin page, rendered on the server: no script, so it works under a strict CSP and an
 * auditor can save it as it is.
 */

const DAY_MS = 24 * 3600 * 1000;
const COLORS = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626', '#0891b2', '#4d7c0f', '#be185d'];
const WIDTH = 720;
const HEIGHT = 240;
const PAD = 32;

const escape = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (char) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[char]
  );
const percent = (part, whole) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');

/**
 * @param {{
 *   stats: {days: import('./store.js').DayStats[], sources: Record<string, number>},
 *   range: {from: Date, to: Date},
 *   lookup?: {id: string, proofs?: import('./store.js').StoredProof[], error?: string},
 * }} page
 */
export function renderAdmin({stats, range, lookup}) {
  const days = everyDay(stats.days, range);
  const categories = [
    ...new Set(days.flatMap((day) => [...Object.keys(day.granted), ...Object.keys(day.denied)])),
  ].sort();
  const total = days.reduce((sum, day) => sum + day.decisions, 0);
  const from = range.from.toISOString().slice(0, 10);
  const to = new Date(range.to.getTime() - DAY_MS).toISOString().slice(0, 10);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Kelisim records</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:760px;padding:0 1rem;color:#111}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}svg{max-width:100%;height:auto}
.legend span{margin-right:1rem}.legend i{display:inline-block;width:.8em;height:.8em;margin-right:.3em;border-radius:2px}
</style></head><body>
<h1>Kelisim records</h1>
<p>${total} decisions from ${from} to ${to} (UTC).</p>
<h2>Decisions per day, granted by category</h2>
${chart(days, categories)}
<p class="legend"><span><i style="background:#d4d4d4"></i>all decisions</span>${categories
    .map((id, index) => `<span><i style="background:${COLORS[index % COLORS.length]}"></i>${escape(id)} granted</span>`)
    .join('')}</p>
<h2>Accept and reject rates</h2>
<table id="sources"><tr><th>source</th><th>decisions</th><th>share</th></tr>
${Object.entries(stats.sources)
  .sort(([, a], [, b]) => b - a)
  .map(
    ([source, n]) => `<tr><td>${escape(source)}</td><td class="n">${n}</td><td class="n">${percent(n, total)}</td></tr>`
  )
  .join('\n')}</table>
<table id="categories"><tr><th>category</th><th>granted</th><th>denied</th><th>grant rate</th></tr>
${categories
  .map((id) => {
    const granted = days.reduce((sum, day) => sum + (day.granted[id] ?? 0), 0);
    const denied = days.reduce((sum, day) => sum + (day.denied[id] ?? 0), 0);
    return `<tr><td>${escape(id)}</td><td class="n">${granted}</td><td class="n">${denied}</td><td class="n">${percent(granted, granted + denied)}</td></tr>`;
  })
  .join('\n')}</table>
<h2>Look up a consent id</h2>
<form method="get" action="/admin"><input name="id" size="40" placeholder="8c3e5a2b-4f1d-…" value="${escape(lookup?.id ?? '')}" aria-label="consent id"> <button>Look up</button></form>
${lookup ? history(lookup) : ''}
<h2>Export</h2>
<p>Every proof decided from ${from} to ${to}:
<a href="/v1/export?from=${from}&amp;to=${to}&amp;format=csv">CSV</a> ·
<a href="/v1/export?from=${from}&amp;to=${to}&amp;format=ndjson">NDJSON</a>.
Other ranges: <code>/v1/export?from=YYYY-MM-DD&amp;to=YYYY-MM-DD&amp;format=csv</code>.</p>
</body></html>`;
}

/** The range's days in order, with a zero for each day nobody decided. */
function everyDay(days, {from, to}) {
  const byDay = new Map(days.map((day) => [day.day, day]));
  const all = [];
  for (let time = from.getTime(); time < to.getTime(); time += DAY_MS) {
    const day = new Date(time).toISOString().slice(0, 10);
    all.push(byDay.get(day) ?? {day, decisions: 0, granted: {}, denied: {}});
  }
  return all;
}

function chart(days, categories) {
  const max = Math.max(1, ...days.map((day) => day.decisions));
  const x = (index) =>
    PAD + (days.length > 1 ? (index * (WIDTH - 2 * PAD)) / (days.length - 1) : (WIDTH - 2 * PAD) / 2);
  const y = (n) => HEIGHT - PAD - (n * (HEIGHT - 2 * PAD)) / max;
  const line = (value, color, label) =>
    `<polyline fill="none" stroke="${color}" stroke-width="2" points="${days
      .map((day, index) => `${x(index).toFixed(1)},${y(value(day)).toFixed(1)}`)
      .join(' ')}"><title>${escape(label)}</title></polyline>`;
  const step = (WIDTH - 2 * PAD) / Math.max(1, days.length - 1);
  const bar = Math.max(2, Math.min(16, step * 0.6));
  // All decisions as bars, so the lines of the categories stay visible over them.
  const bars = days
    .map((day, index) =>
      day.decisions
        ? `<rect x="${(x(index) - bar / 2).toFixed(1)}" y="${y(day.decisions).toFixed(1)}" width="${bar.toFixed(1)}" height="${(HEIGHT - PAD - y(day.decisions)).toFixed(1)}" fill="#d4d4d4"><title>${day.day}: ${day.decisions} decisions</title></rect>`
        : ''
    )
    .join('');
  return `<svg id="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Decisions per day, and granted per category">
<line x1="${PAD}" y1="${HEIGHT - PAD}" x2="${WIDTH - PAD}" y2="${HEIGHT - PAD}" stroke="#ccc"/>
<text x="4" y="${PAD}" font-size="11">${max}</text><text x="4" y="${HEIGHT - PAD}" font-size="11">0</text>
<text x="${PAD}" y="${HEIGHT - 8}" font-size="11">${days[0].day}</text>
<text x="${WIDTH - PAD}" y="${HEIGHT - 8}" font-size="11" text-anchor="end">${days.at(-1).day}</text>
${bars}
${categories
  .map((id, index) => line((day) => day.granted[id] ?? 0, COLORS[index % COLORS.length], `${id} granted`))
  .join('\n')}
</svg>`;
}

function history({id, proofs, error}) {
  if (error) return `<p id="lookup" role="alert">${escape(error)}</p>`;
  if (!proofs.length) return `<p id="lookup">No proof for ${escape(id)}.</p>`;
  const rows = proofs.map(
    (proof) =>
      `<tr><td>${proof.decidedAt.toISOString()}</td><td>${escape(proof.source)}</td><td>${escape(proof.granted.join(' '))}</td><td>${escape(proof.denied.join(' '))}</td><td class="n">${proof.revision}</td><td>${escape(proof.origin + proof.path)}</td></tr>`
  );
  return `<table id="lookup"><tr><th>decided (UTC)</th><th>source</th><th>granted</th><th>denied</th><th>revision</th><th>page</th></tr>
${rows.join('\n')}</table>`;
}
