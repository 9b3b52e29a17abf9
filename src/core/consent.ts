import {ConsentStatus, ESSENTIAL} from './types.js';
import type {CategoryId, ConsentConfig, ConsentRecord, ServiceId} from './types.js';

const DAY_SECONDS = 86_400;
/** Clocks drift; a record dated further ahead than this was not written by us. */
const FUTURE_TOLERANCE_SECONDS = DAY_SECONDS;

const toSeconds = (ms: number) => Math.floor(ms / 1000);

/** Whether a stored record can be acted on now, or the visitor must be asked (again). */
export function statusOf(config: ConsentConfig, record: ConsentRecord | undefined, now: number): ConsentStatus {
  if (!record) return ConsentStatus.MISSING;
  const nowSeconds = toSeconds(now);
  const expired = nowSeconds > record.updatedAt + config.expiresDays * DAY_SECONDS;
  const fromFuture = record.updatedAt > nowSeconds + FUTURE_TOLERANCE_SECONDS;
  const undecided = config.categories.some((id) => id !== ESSENTIAL && !Object.hasOwn(record.granted, id));
  if (record.revision !== config.revision || expired || fromFuture || undecided) return ConsentStatus.STALE;
  return ConsentStatus.CURRENT;
}

/** Whether a category may run: essential always; others only by a current record that grants them. */
export function isGranted(record: ConsentRecord | undefined, status: ConsentStatus, category: CategoryId): boolean {
  if (category === ESSENTIAL) return true;
  // Own keys only: a polluted Object.prototype must not grant anything.
  const granted = record && Object.hasOwn(record.granted, category) && record.granted[category];
  return status === ConsentStatus.CURRENT && granted === true;
}

/** Whether a service the visitor switched off inside its category: exact ids, never a part of one. */
export function isRefused(record: ConsentRecord | undefined, service: ServiceId | undefined): boolean {
  return service !== undefined && record?.refused?.includes(service) === true;
}

export interface DecisionInput {
  /** The visitor's choice; categories left out are not granted. */
  choice: Partial<Record<CategoryId, boolean>>;
  /** The record this decision replaces, whose id and creation time carry over. */
  previous: ConsentRecord | undefined;
  now: number;
  newId: () => string;
  lang: string;
  /** Services switched off inside their categories. */
  refused?: ServiceId[];
}

/** Builds the record for a decision: every configured category decided, essential granted. */
export function decide(config: ConsentConfig, input: DecisionInput): ConsentRecord {
  const nowSeconds = toSeconds(input.now);
  // A record dated ahead of the clock was not ours to continue; start a fresh one.
  const previous = input.previous && input.previous.createdAt <= nowSeconds ? input.previous : undefined;
  const granted: Record<CategoryId, boolean> = {};
  const chosen = (id: CategoryId) => Object.hasOwn(input.choice, id) && input.choice[id] === true;
  for (const id of config.categories) granted[id] = id === ESSENTIAL || chosen(id);
  const refused = [...new Set(input.refused)];
  return {
    v: 1,
    id: previous?.id ?? input.newId(),
    revision: config.revision,
    granted,
    createdAt: previous?.createdAt ?? nowSeconds,
    updatedAt: nowSeconds,
    lang: input.lang,
    ...(refused.length && {refused}),
  };
}
