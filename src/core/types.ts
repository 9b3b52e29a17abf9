/** A consent category id: `essential`, `performance`, `functional`, or a site's own (`marketing`). */
export type CategoryId = string;

/** The category that is always granted and cannot be switched off. */
export const ESSENTIAL = 'essential';

/** Where a decision came from, as reported in `kelisim-change`. */
export const ChangeSource = {
  ACCEPT_ALL: 'accept-all',
  REJECT_ALL: 'reject-all',
  SAVE: 'save',
  API: 'api',
  /** Non-essential categories rejected because the browser sends Global Privacy Control. */
  GPC: 'gpc',
  /** Another tab of the site decided; this tab follows. */
  SYNC: 'sync',
} as const;
export type ChangeSource = (typeof ChangeSource)[keyof typeof ChangeSource];

/** The stored choice, as kept in the consent cookie. Times are epoch seconds. */
export interface ConsentRecord {
  /** Shape version of the stored record. */
  v: 1;
  /** Random consent id (a UUID), so a site can prove which consent a visit ran under. */
  id: string;
  /** The site's policy revision the choice was made under. */
  revision: number;
  /** Every category the visitor decided on, granted or not. */
  granted: Record<CategoryId, boolean>;
  createdAt: number;
  updatedAt: number;
  /** Language the banner was shown in when the visitor decided. */
  lang: string;
  /**
   * Services the visitor switched off inside a granted category. Absent in records written
   * before services existed: every service then follows its category.
   */
  refused?: ServiceId[];
}

/** A service id a site declares inside a category (`metrika`, `youtube`), as gated by `data-service`. */
export type ServiceId = string;

/** What the core needs to know about a site's set-up. */
export interface ConsentConfig {
  /** Categories the site asks about, `essential` first. */
  categories: CategoryId[];
  /** Policy revision; a stored choice made under another revision is asked again. */
  revision: number;
  /** How long a choice holds, in days. */
  expiresDays: number;
}

/** Status of the stored choice against the current config. */
export const ConsentStatus = {
  /** No usable record: never decided, or the cookie was unreadable. */
  MISSING: 'missing',
  /** A record exists but must be asked again (revision, expiry, new category). */
  STALE: 'stale',
  /** A record the site can act on. */
  CURRENT: 'current',
} as const;
export type ConsentStatus = (typeof ConsentStatus)[keyof typeof ConsentStatus];

/** Detail of the `kelisim-change` event and of `onChange` callbacks. */
export interface ConsentChange {
  /** Categories granted now, `essential` included. */
  granted: CategoryId[];
  /** Categories whose state differs from before this decision. */
  changed: CategoryId[];
  /** True when there was no current choice before this one. */
  first: boolean;
  source: ChangeSource;
  record: ConsentRecord;
}

/** Where the raw record lives; the cookie store in browsers, a memory store in tests. */
export interface ConsentStore {
  /** Every stored copy (several cookies of one name can be visible at once), in no set order. */
  read(): string[];
  write(value: string): void;
  clear(): void;
}
