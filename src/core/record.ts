import type {CategoryId, ConsentRecord, ServiceId} from './types.js';

/**
 * The record is stored as seven dot-separated fields, all cookie-safe, e.g.
 * `1.8c3e…-uuid.2.essential:1|performance:0|functional:1.1763782400.1763782400.kk`:
 * shape version, consent id, revision, decisions, created, updated, language; then, only when
 * the visitor switched services off, an eighth: the refused service ids (`.metrika|clarity`),
 * so records written before services existed stay valid as they are.
 */
const SEPARATOR = '.';
/** Under the 4 KB cookie limit, and above the longest record the config allows (32 categories, 32 refused services). */
const MAX_LENGTH = 3072;
const MAX_CATEGORIES = 32;
const MAX_SERVICES = 32;

const CATEGORY_ID = /^[a-z][a-z0-9]{0,31}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UINT = /^(0|[1-9]\d{0,10})$/;
/** A BCP 47 tag as sites use them: `kk`, `kk-Latn`, `uz-Cyrl-UZ`. */
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;

/** True for ids a site may use for a category: lower-case letters and digits, as `marketing`. */
export function isCategoryId(id: string): boolean {
  return CATEGORY_ID.test(id);
}

/** True for language tags a record may store and a site may add: `kk`, `kk-Latn`, `uz`. */
export function isLanguageTag(tag: unknown): boolean {
  return typeof tag === 'string' && LANG.test(tag);
}

export function serializeRecord(record: ConsentRecord): string {
  const decisions = Object.entries(record.granted)
    .map(([id, granted]) => `${id}:${granted ? 1 : 0}`)
    .join('|');
  const fields = [record.v, record.id, record.revision, decisions, record.createdAt, record.updatedAt, record.lang];
  if (record.refused?.length) fields.push(record.refused.join('|'));
  return fields.join(SEPARATOR);
}

export type ParseResult = {record: ConsentRecord; problem?: undefined} | {record?: undefined; problem: string};

/**
 * Reads a stored record. The input is untrusted (anyone can edit a cookie), so every field is
 * checked and anything off is a `problem`, never an exception and never a partial grant.
 */
export function parseRecord(raw: string): ParseResult {
  if (raw.length > MAX_LENGTH) return {problem: `record is ${raw.length} characters, more than ${MAX_LENGTH}`};
  const fields = raw.split(SEPARATOR);
  if (fields.length !== 7 && fields.length !== 8) return {problem: 'record does not have 7 or 8 fields'};
  const [v, id, revision, decisions, createdAt, updatedAt, lang, services] = fields;
  if (v !== '1') return {problem: `unknown record shape version "${v.slice(0, 8)}"`};
  if (!UUID.test(id)) return {problem: 'consent id is not a UUID'};
  if (!UINT.test(revision)) return {problem: 'revision is not a whole number'};
  if (!UINT.test(createdAt) || !UINT.test(updatedAt)) return {problem: 'times are not whole numbers'};
  if (+updatedAt < +createdAt) return {problem: 'record was updated before it was created'};
  if (!isLanguageTag(lang)) return {problem: 'language is not a language code'};
  const granted = parseDecisions(decisions);
  if (!granted) return {problem: 'category decisions are malformed'};
  const record: ConsentRecord = {
    v: 1,
    id,
    revision: +revision,
    granted,
    createdAt: +createdAt,
    updatedAt: +updatedAt,
    lang,
  };
  if (services !== undefined) {
    const refused = parseRefused(services);
    if (!refused) return {problem: 'refused services are malformed'};
    record.refused = refused;
  }
  return {record};
}

export interface StoredRecord {
  /** The stored text the record was read from; the first one when none parsed. */
  raw?: string;
  record?: ConsentRecord;
  problem?: string;
}

/**
 * The one record to act on among every stored copy (host-only and parent-domain cookies, a
 * longer path, another tab's announcement): the newest, on a tie the one granting least, then the
 * smaller text, so every tab that sees the same copies picks the same one.
 */
export function pickRecord(raws: (string | undefined)[]): StoredRecord {
  let best: StoredRecord = {};
  for (const raw of raws) {
    if (raw === undefined) continue;
    const {record, problem} = parseRecord(raw);
    if (record && (!best.record || wins(record, raw, best.record, best.raw!))) best = {raw, record};
    else if (!best.raw) best = {raw, problem};
  }
  return best;
}

const grants = (record: ConsentRecord) => Object.values(record.granted).filter(Boolean).length;

/** Whether `a` is to be acted on rather than `b`. */
function wins(a: ConsentRecord, aRaw: string, b: ConsentRecord, bRaw: string): boolean {
  return (a.updatedAt - b.updatedAt || grants(b) - grants(a) || +(aRaw < bRaw)) > 0;
}

function parseDecisions(text: string): Record<CategoryId, boolean> | undefined {
  const pairs = text.split('|');
  if (pairs.length > MAX_CATEGORIES) return undefined;
  const granted: Record<CategoryId, boolean> = {};
  for (const pair of pairs) {
    const [id, value, extra] = pair.split(':');
    if (extra !== undefined || !isCategoryId(id) || Object.hasOwn(granted, id)) return undefined;
    if (value !== '0' && value !== '1') return undefined;
    granted[id] = value === '1';
  }
  return granted;
}

/** A non-empty list of distinct ids: an empty one is never written, so it is not canonical. */
function parseRefused(text: string): ServiceId[] | undefined {
  const ids = text.split('|');
  const valid = ids.length <= MAX_SERVICES && ids.every(isCategoryId) && new Set(ids).size === ids.length;
  return valid ? ids : undefined;
}
