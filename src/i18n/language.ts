// Which language to speak, without loading any texts: the start-up path needs this for the
// language stored with a decision, and must not pull in the locales.

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'kk';

/** Maps a language tag to a shipped language: `kk-KZ` → `kk`, `RU` → `ru`, `de` → undefined. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === base);
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
