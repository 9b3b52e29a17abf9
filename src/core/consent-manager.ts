import {decide, isGranted, isRefused, statusOf} from './consent.js';
import {pickRecord, serializeRecord} from './record.js';
import {ChangeSource, ConsentStatus} from './types.js';
import type {CategoryId, ConsentChange, ConsentConfig, ConsentRecord, ConsentStore, ServiceId} from './types.js';

/** What the manager takes from its surroundings, so the core never reads a clock or a global. */
export interface ManagerEnv {
  now(): number;
  newId(): string;
  warn(message: string): void;
}

export type ChangeListener = (change: ConsentChange) => void;

/** What a tab announces after a change: the stored text now and the one it replaced (`null`: none). */
export interface Announcement {
  stored: string | null;
  previous: string | null;
}

/** Records leave the manager as copies, so no caller can change the choice behind its back. */
const copy = (record: ConsentRecord): ConsentRecord => ({
  ...record,
  granted: {...record.granted},
  ...(record.refused && {refused: [...record.refused]}),
});

/**
 * Holds the visitor's choice for one site config: reads it from a store once, answers
 * `allowed()`, records decisions and tells subscribers. No DOM, so it runs anywhere.
 */
export class ConsentManager {
  readonly config: ConsentConfig;
  #store: ConsentStore;
  #env: ManagerEnv;
  #record: ConsentRecord | undefined;
  /** The stored text the record came from, to tell when another tab changed it. */
  #raw: string | undefined;
  #listeners = new Set<ChangeListener>();

  constructor(config: ConsentConfig, store: ConsentStore, env: ManagerEnv) {
    this.config = config;
    this.#store = store;
    this.#env = env;
    this.#record = this.#load();
  }

  /** A copy of the stored record, current or stale; undefined when there is none or it was unreadable. */
  get record(): ConsentRecord | undefined {
    return this.#record && copy(this.#record);
  }

  get status(): ConsentStatus {
    return statusOf(this.config, this.#record, this.#env.now());
  }

  /** Whether `category` may run; with a `service`, also that the visitor did not switch that service off. */
  allowed(category: CategoryId, service?: ServiceId): boolean {
    return isGranted(this.#record, this.status, category) && !isRefused(this.#record, service);
  }

  /** The services the visitor switched off inside their categories, by the stored record. */
  refused(): ServiceId[] {
    return [...(this.#record?.refused ?? [])];
  }

  /** Categories that may run now, `essential` always among them. */
  granted(): CategoryId[] {
    return this.config.categories.filter((id) => this.allowed(id));
  }

  /** Records a decision (and the services switched off inside granted categories), stores it and tells subscribers what changed. */
  decide(
    choice: Partial<Record<CategoryId, boolean>>,
    source: ChangeSource,
    lang: string,
    refused?: ServiceId[]
  ): ConsentChange {
    return this.#update(source, () => {
      const env = this.#env;
      const input = {choice, previous: this.#record, now: env.now(), newId: env.newId, lang, refused};
      const record = decide(this.config, input);
      this.#raw = serializeRecord(record);
      this.#store.write(this.#raw);
      return record;
    });
  }

  /** The stored text of the current record, as another tab needs it to follow. */
  get stored(): string | undefined {
    return this.#raw;
  }

  /**
   * Follows another tab's announcement, or reads the store again, and tells subscribers when the
   * choice changed. A forgotten choice is only forgotten here (as `reset` does).
   */
  sync(announced?: Announcement): ConsentChange | undefined {
    const stored = announced?.stored ?? undefined;
    // An announcement that does not follow from what this tab holds crossed a decision made here:
    // both tabs keep the same one of the two records and store it, so the cookie ends up holding it.
    const crossed = announced && announced.previous !== (this.#raw ?? null);
    const raws = crossed ? [this.#raw, stored] : announced ? [stored] : this.#store.read();
    const {raw} = pickRecord(raws);
    if (crossed && raw) this.#store.write(raw);
    if (raw === this.#raw) return undefined;
    const record = this.#load(raws);
    if (!record) {
      this.#record = undefined;
      return undefined;
    }
    return this.#update(ChangeSource.SYNC, () => record);
  }

  /** Forgets the choice, so the visitor is asked again. */
  reset(): void {
    this.#store.clear();
    this.#record = this.#raw = undefined;
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Replaces the record and tells subscribers what that changed. */
  #update(source: ChangeSource, next: () => ConsentRecord): ConsentChange {
    const before = new Set(this.granted());
    const first = this.status !== ConsentStatus.CURRENT;
    this.#record = next();
    const granted = this.granted();
    const changed = this.config.categories.filter((id) => before.has(id) !== granted.includes(id));
    const change: ConsentChange = {granted, changed, first, source, record: copy(this.#record)};
    for (const listener of this.#listeners) {
      // A site's listener that throws must not stop the others or the decision itself.
      try {
        listener(change);
      } catch (error) {
        this.#env.warn(`A change listener threw: ${error}`);
      }
    }
    return change;
  }

  /** Takes the record to act on among the stored copies (see `pickRecord`). */
  #load(raws: (string | undefined)[] = this.#store.read()): ConsentRecord | undefined {
    const {raw, record, problem} = pickRecord(raws);
    this.#raw = raw;
    if (problem) this.#env.warn(`The stored consent is ignored and the visitor will be asked again: ${problem}.`);
    return record;
  }
}
