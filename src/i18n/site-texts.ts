import {warn} from '../internal/warn.js';
import {checkOverrides} from './localize.js';
import type {TextOverrides} from './localize.js';

/**
 * The site's texts from the element's `<script type="application/json">` child,
 * `{"texts": {"ru": {"bannerTitle": "…"}}}`, checked like every other override.
 */
export function readSiteTexts(host: Element, categories: readonly string[]): TextOverrides {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return {};
  try {
    const value: unknown = JSON.parse(script.textContent ?? '');
    if (value && typeof value === 'object') return checkOverrides((value as {texts?: unknown}).texts, categories, warn);
    warn('The JSON config must be an object, e.g. {"texts": {"ru": {…}}}; it is ignored.');
  } catch (error) {
    warn(`The JSON config is not valid JSON and is ignored: ${error}`);
  }
  return {};
}
