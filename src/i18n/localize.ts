import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import {LANGUAGES} from './language.js';
import type {Language} from './language.js';

/** The shipped texts; `en.json` is the type every locale must match key for key. */
export type Messages = typeof en;

export const SHIPPED: Record<Language, Messages> = {kk, ru, en};

/** A site's own texts per language, e.g. `{ru: {bannerTitle: '…', marketingTitle: '…'}}`. */
export type TextOverrides = Partial<Record<string, Record<string, string>>>;

/** Keys a category's title and description live under, e.g. `marketingTitle`. */
export const categoryKeys = (category: string) => [`${category}Title`, `${category}Description`] as const;

export type Translate = (language: Language, key: string) => string;

/** Names several categories the language's own way: `performance cookies and functional cookies`. */
export const listOf = (language: string, names: string[]) =>
  new Intl.ListFormat(language, {type: 'conjunction'}).format(names);

/** Fills `{name}` placeholders: `format('{service} is blocked', {service: 'youtube.com'})`. */
export function format(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/**
 * Looks texts up in the site's overrides, then the shipped locale. A key neither has (a site's
 * own category without a text in this language) falls back to English, then any language the
 * site gave, then the key itself, with one console warning per language and key.
 */
export function createTranslator(overrides: TextOverrides, warn: (message: string) => void): Translate {
  const warned = new Set<string>();
  return (language, key) => {
    const own = overrides[language]?.[key] ?? (SHIPPED[language] as Record<string, string>)[key];
    if (own !== undefined) return own;
    const fallback =
      overrides.en?.[key] ?? Object.values(overrides).find((texts) => texts?.[key] !== undefined)?.[key] ?? key;
    if (!warned.has(language + key)) {
      warned.add(language + key);
      warn(`No "${key}" text for language "${language}"; showing "${fallback}". Add it to the texts for "${language}".`);
    }
    return fallback;
  };
}

/**
 * Keeps only overrides that can be shown: languages Kelisim ships, string values, and keys it
 * knows (shipped keys plus each category's title and description). Everything else is warned
 * about, so a typo in a site's texts is found rather than silently ignored.
 */
export function checkOverrides(
  input: unknown,
  categories: readonly string[],
  warn: (message: string) => void
): TextOverrides {
  const known = new Set<string>([...Object.keys(en), ...categories.flatMap(categoryKeys)]);
  const checked: TextOverrides = {};
  if (input === undefined || input === null) return checked;
  if (typeof input !== 'object') {
    warn('Texts must be an object of languages, e.g. {"ru": {"bannerTitle": "…"}}; they are ignored.');
    return checked;
  }
  for (const [language, texts] of Object.entries(input)) {
    if (!(LANGUAGES as readonly string[]).includes(language)) {
      warn(`Texts for "${language}" are ignored: the languages are ${LANGUAGES.join(', ')}.`);
      continue;
    }
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries(texts ?? {})) {
      if (!known.has(key)) warn(`Unknown text key "${key}" for "${language}" is ignored.`);
      else if (typeof value !== 'string') warn(`Text "${key}" for "${language}" is not a string and is ignored.`);
      else kept[key] = value;
    }
    checked[language] = kept;
  }
  return checked;
}
