import type en from '../../locales/en.json';
import {ADDED_TEXTS, LANGUAGES, SHIPPED_LANGUAGES} from './language.js';
import type {Language} from './language.js';
import {LOADED} from './load-locale.js';

/** The shipped texts; `en.json` is the type every locale must match key for key. An added language also names itself (`$language`). */
export type Messages = typeof en & {$language?: string};

/** Each shipped language's own name, as the language switch shows it before its texts are loaded. */
export const LANGUAGE_NAMES: Record<string, string> = {kk: 'Қазақша', ru: 'Русский', en: 'English'};

/** The keys every locale has: those of whichever shipped one is here (they match key for key). */
const shippedKeys = () => Object.keys(Object.values(LOADED)[0] ?? {});

/** Each added language's texts once checked, by the object the site gave. */
const checked = new Map<unknown, Partial<Messages>>();

/**
 * An added language's own texts, checked the first time they are needed (once a shipped locale
 * is here to check them against): the keys it lacks are reported by name.
 */
export function addedTexts(language: Language, warn: (message: string) => void): Partial<Messages> {
  const given = ADDED_TEXTS[language];
  let texts = checked.get(given);
  if (!texts) {
    const own = Object.entries(given && typeof given === 'object' ? given : {}).filter(
      ([, text]) => typeof text === 'string'
    );
    const keys = new Set(own.map(([key]) => key));
    const missing = ['$language', ...shippedKeys()].filter((key) => !keys.has(key));
    if (missing.length)
      warn(`Language "${language}" has no text for ${missing.join(', ')}; English is shown for them.`);
    texts = {$language: language, ...Object.fromEntries(own)};
    checked.set(given, texts);
  }
  return texts;
}

/**
 * A language's texts once load-locale.ts has brought them, undefined before: a shipped
 * language's own (English if its fetch failed), an added one's over English, so a partial
 * translation shows no raw key.
 */
export function messagesOf(language: Language, warn: (message: string) => void): Messages | undefined {
  if (SHIPPED_LANGUAGES.includes(language)) return LOADED[language] ?? LOADED.en;
  return LOADED.en && {...LOADED.en, ...addedTexts(language, warn)};
}

/** A site's own texts per language, e.g. `{ru: {bannerTitle: '…', marketingTitle: '…'}}`. */
export type TextOverrides = Partial<Record<string, Record<string, string>>>;

/** Keys a category's title and description live under, e.g. `marketingTitle`. */
export const categoryKeys = (category: string) => [`${category}Title`, `${category}Description`] as const;

export type Translate = (language: Language, key: string) => string;

/**
 * Names several categories with the language's own "and" (its `listAnd` text): `a, b and c`.
 * Not `Intl.ListFormat`: creating one loads the engine's locale data, a 15 ms stall (60 ms at
 * 4× CPU) in the banner's first render, and engines disagree on Kazakh (Chromium joins with a comma).
 */
export function listOf(names: string[], and: string): string {
  const last = names.at(-1) ?? '';
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${last}` : last;
}

/** Fills `{name}` placeholders: `format('{service} is blocked', {service: 'youtube.com'})`. */
export function format(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/**
 * Looks texts up in the site's overrides, then the shipped locale. A key neither has (a site's
 * own category without a text in this language) falls back to English, then any language the
 * site gave, then the key itself, with a console warning (which warn.ts gives once per page).
 */
export function createTranslator(overrides: TextOverrides, warn: (message: string) => void): Translate {
  return (language, key) => {
    const shipped = messagesOf(language, warn) as Record<string, string> | undefined;
    const own = overrides[language]?.[key] ?? shipped?.[key];
    if (own !== undefined) return own;
    const fallback =
      overrides.en?.[key] ?? Object.values(overrides).find((texts) => texts?.[key] !== undefined)?.[key] ?? key;
    // Before the locale is here (the elements render only after), a missing text is not yet known.
    if (shipped)
      warn(
        `No "${key}" text for language "${language}"; showing "${fallback}". Add it to the texts for "${language}".`
      );
    return fallback;
  };
}

/**
 * Keeps only overrides that can be shown: languages Kelisim ships, string values, and keys it
 * knows (shipped keys plus each category's title and description), so it runs once a locale is
 * here. Everything else is warned about, so a typo in a site's texts is found rather than
 * silently ignored.
 */
export function checkOverrides(
  input: unknown,
  categories: readonly string[],
  warn: (message: string) => void
): TextOverrides {
  const known = new Set<string>([...shippedKeys(), ...categories.flatMap(categoryKeys)]);
  const checked: TextOverrides = {};
  if (input === undefined || input === null) return checked;
  if (typeof input !== 'object') {
    warn('Texts must be an object of languages, e.g. {"ru": {"bannerTitle": "…"}}; they are ignored.');
    return checked;
  }
  for (const [language, texts] of Object.entries(input)) {
    if (!LANGUAGES.includes(language)) {
      warn(`Texts for "${language}" are ignored: the languages are ${LANGUAGES.join(', ')}.`);
      continue;
    }
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries((texts ?? {}) as Record<string, unknown>)) {
      if (!known.has(key)) warn(`Unknown text key "${key}" for "${language}" is ignored.`);
      else if (typeof value !== 'string') warn(`Text "${key}" for "${language}" is not a string and is ignored.`);
      else kept[key] = value;
    }
    checked[language] = kept;
  }
  return checked;
}
