// Which language to speak, without loading any texts: the start-up path needs this for the
// language stored with a decision, and must not pull in the locales.

import {isLanguageTag} from '../core/record.js';
import {error} from '../internal/warn.js';

export type Language = 'kk' | 'ru' | 'en' | (string & {});
/** The languages Kelisim ships texts for (`locales/`). */
export const SHIPPED_LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];
/** The shipped languages, then those the site added (`kk-Latn`, `uz`); the language switch offers them all. */
export const LANGUAGES: Language[] = [...SHIPPED_LANGUAGES];
export const DEFAULT_LANGUAGE: Language = 'kk';

/** The texts of each added language as the site gave them; the UI checks them when it first shows them. */
export const ADDED_TEXTS: Record<string, unknown> = {};

/**
 * Adds a language or script (`kk-Latn`, `uz`, `ky`) with its texts, keyed like `locales/en.json`.
 * Kept in the start-up path without the locales, so a site may call it before the UI loads.
 */
export function addLanguage(tag: string, texts: unknown): boolean {
  if (!isLanguageTag(tag) || SHIPPED_LANGUAGES.includes(tag)) {
    error(`addLanguage(${JSON.stringify(tag)}) is refused: give a new BCP 47 tag like "kk-Latn" or "uz".`);
    return false;
  }
  if (!LANGUAGES.includes(tag)) LANGUAGES.push(tag);
  ADDED_TEXTS[tag] = texts;
  return true;
}

/** Maps a language tag to the closest language Kelisim speaks: `kk-Latn-KZ` → `kk-Latn` if added, else `kk`; `de` → undefined. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const parts = tag?.toLowerCase().split(/[-_]/) ?? [];
  for (let length = parts.length; length > 0; length--) {
    const wanted = parts.slice(0, length).join('-');
    const found = LANGUAGES.find((language) => language.toLowerCase() === wanted);
    if (found) return found;
  }
  return undefined;
}

/** The first candidate that maps to a shipped language, else Kazakh. */
export function pickLanguage(candidates: Iterable<string | null | undefined>): Language {
  for (const tag of candidates) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** The element's own `lang`, else the nearest `lang` in the page, else the browser's languages. */
export function languageOf(host: Element, own: string | null | undefined = host.getAttribute('lang')): Language {
  const page = host.parentElement?.closest('[lang]')?.getAttribute('lang');
  return pickLanguage([own, page, ...navigator.languages]);
}
