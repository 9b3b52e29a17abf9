// Each language's texts are a chunk of their own, fetched only when shown: a visitor reads one
// language. English is fetched only where it stands in: under a language a site added (for the
// keys it lacks) and for a shipped language whose fetch failed.
import type {Messages} from './localize.js';
import {warn} from '../internal/warn.js';

const LOADERS: Record<string, () => Promise<{default: Messages}>> = {
  en: () => import('../../locales/en.json'),
  kk: () => import('../../locales/kk.json'),
  ru: () => import('../../locales/ru.json'),
};

/** The fetched locales, by language. */
export const LOADED: Record<string, Messages> = {};
const loading: Record<string, Promise<void>> = {};

/**
 * Starts fetching the texts `language` shows unless they are here already; the promise settles
 * once they are. Undefined when there is nothing to wait for.
 */
export const loadLocale = (language: string) => fetchTexts(Object.hasOwn(LOADERS, language) ? language : 'en');

function fetchTexts(language: string): Promise<void> | undefined {
  if (LOADED[language]) return undefined;
  return (loading[language] ??= LOADERS[language]().then(
    ({default: texts}) => void (LOADED[language] = texts),
    (problem: unknown) => {
      warn(`The "${language}" texts could not be loaded: ${problem}`);
      return language === 'en' ? undefined : fetchTexts('en');
    }
  ));
}
