/** How exported proofs are written: one JSON object a line, or CSV for a spreadsheet. */

export const FIELDS = [
  'consentId',
  'decidedAt',
  'receivedAt',
  'revision',
  'granted',
  'denied',
  'language',
  'origin',
  'path',
  'source',
  'uaFamily',
  'client',
];

/** @param {import('./store.js').StoredProof} proof */
export const ndjsonLine = (proof) => `${JSON.stringify(plain(proof))}\n`;

export const csvHeader = () => `${FIELDS.join(',')}\r\n`;

/** @param {import('./store.js').StoredProof} proof */
export function csvLine(proof) {
  const values = plain(proof);
  return `${FIELDS.map((field) => csvCell(values[field])).join(',')}\r\n`;
}

/** Dates as ISO strings, category lists space-separated in CSV. */
export function plain(proof) {
  return {...proof, decidedAt: iso(proof.decidedAt), receivedAt: iso(proof.receivedAt)};
}

function csvCell(value) {
  let text = Array.isArray(value) ? value.join(' ') : String(value);
  // A path like `/=HYPERLINK(…)` must stay text when an auditor opens the file in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const iso = (date) => new Date(date).toISOString();
