// The development build's checks of a page's markup: mistakes that make Kelisim silently do
// less than the site meant. They run once, when the page is parsed, and only warn; the
// default builds leave this module out (see internal/dev-mode.ts).
import {ESSENTIAL} from './core/types.js';
import {categoryKeys} from './i18n/localize.js';
import {LANGUAGES} from './i18n/language.js';
import {DEFAULTS, readJsonConfig, readSiteConfig} from './site-config.js';
import type {SiteConfig} from './site-config.js';
import {warn} from './internal/warn.js';
import {googleAds} from './integrations/vendors/google-ads.js';
import {googleAnalytics} from './integrations/vendors/google-analytics.js';
import {metaPixel} from './integrations/vendors/meta-pixel.js';
import {microsoftClarity} from './integrations/vendors/microsoft-clarity.js';
import {tiktokPixel} from './integrations/vendors/tiktok-pixel.js';
import {vkAds} from './integrations/vendors/vk-ads.js';
import {yandexMetrika} from './integrations/vendors/yandex-metrika.js';

/** The element's own attributes (the UI's); the config's are learnt from readSiteConfig itself. */
const UI_ATTRIBUTES = ['lang', 'theme', 'position', 'modal'];
/** HTML's global attributes and what frameworks add (`_ngcontent-…`, `ng-version`). */
const GLOBAL_ATTRIBUTE =
  /^(data-|aria-|on|_ng|ng-)|^(id|class|style|hidden|title|slot|part|exportparts|dir|tabindex|translate|inert|is|role|nonce|popover|autofocus|accesskey)$/;
/** Elements that load a `src` attribute, which is what the embed gate gives a released embed. */
const SRC_ELEMENTS = ['iframe', 'img', 'video', 'audio', 'source', 'track', 'embed', 'input'];
/** vanilla-cookieconsent's and Klaro's usual names for Kelisim's categories. */
const ALIASES: Record<string, string> = {necessary: 'essential', analytics: 'performance', functionality: 'functional'};

/** Runs every check once the page is parsed (what comes after the element is not there before). */
export function checkPage(host: Element, config: SiteConfig): void {
  const run = () => {
    for (const message of [
      ...unknownAttributes(host),
      ...unknownCategories(host, config),
      ...misplacedDataSrc(host.ownerDocument),
      ...missingTexts(host, config),
      ...unknownLinks(host.ownerDocument),
    ]) {
      warn(message);
    }
  };
  if (host.ownerDocument.readyState === 'loading') {
    host.ownerDocument.addEventListener('DOMContentLoaded', run, {once: true});
  } else run();
}

/** Attributes the site's config reads, found by letting readSiteConfig read a probe. */
function configAttributes(document: Document): Set<string> {
  const read = new Set<string>();
  const probe = document.createElement('kelisim-probe');
  probe.getAttribute = (name) => (read.add(name), null);
  probe.hasAttribute = (name) => (read.add(name), false);
  readSiteConfig(probe);
  // Each vendor reads its own attribute and its -src, -options and -category variants; the add-on's
  // vendors count too, since their script may come after this check.
  const vendors = [yandexMetrika, googleAnalytics, googleAds, metaPixel, tiktokPixel, vkAds, microsoftClarity];
  for (const {attribute} of [...vendors, ...(window.KelisimVendors ?? [])]) {
    for (const suffix of ['', '-src', '-options', '-category']) read.add(attribute + suffix);
  }
  return read;
}

/** `<kelisim-consent polcy-url="…">`: an attribute Kelisim never reads, most often a typo. */
export function unknownAttributes(host: Element): string[] {
  const known = [...UI_ATTRIBUTES, ...configAttributes(host.ownerDocument)];
  return host
    .getAttributeNames()
    .filter((name) => !known.includes(name) && !GLOBAL_ATTRIBUTE.test(name))
    .map((name) => {
      const near = closest(name, known);
      return `<kelisim-consent> has no attribute "${name}"; it is ignored.${near ? ` Did you mean "${near}"?` : ''}`;
    });
}

/**
 * A category named in the markup (a gated script, an embed, the JSON child's `cookies`) that the
 * site did not configure: what it marks never runs, and its cookies are never cleaned up.
 */
export function unknownCategories(host: Element, config: SiteConfig): string[] {
  const messages: string[] = [];
  const hint = (id: string) => {
    const near = ALIASES[id] ?? closest(id, config.categories);
    const add = `add it: categories="${[...config.categories.filter((own) => own !== ESSENTIAL), id].join(' ')}"`;
    return near ? `Did you mean "${near}"? Or ${add}.` : `To use it, ${add}.`;
  };
  for (const node of host.ownerDocument.querySelectorAll('[data-category]')) {
    for (const id of (node.getAttribute('data-category') ?? '').split(/\s+/).filter(Boolean)) {
      if (config.categories.includes(id)) continue;
      const what = node.localName === 'script' ? 'gated script' : 'embed';
      messages.push(`The ${what} ${describe(node)} names category "${id}", which is not configured. ${hint(id)}`);
    }
  }
  const {cookies} = readJsonConfig(host);
  if (cookies && typeof cookies === 'object') {
    for (const id of Object.keys(cookies).filter((id) => !config.categories.includes(id))) {
      messages.push(`"cookies.${id}" in the JSON config is for a category that is not configured. ${hint(id)}`);
    }
  }
  return messages;
}

/** `<div data-category data-src>`: once allowed it gets a `src`, which only some elements load. */
export function misplacedDataSrc(root: ParentNode): string[] {
  return [...root.querySelectorAll('[data-category][data-src]:not(script)')]
    .filter((node) => !SRC_ELEMENTS.includes(node.localName))
    .map(
      (node) =>
        `${describe(node)} has data-src, but a <${node.localName}> loads nothing from src. ` +
        `Put data-category and data-src on the ${SRC_ELEMENTS.slice(0, -1).join(', ')} itself.`
    );
}

/** A site's own category needs a title and a description in every language Kelisim speaks. */
export function missingTexts(host: Element, config: SiteConfig): string[] {
  const fromJson = readJsonConfig(host).texts;
  const fromProperty = (host as Element & {texts?: unknown}).texts;
  const texts = (language: string): Record<string, unknown> => ({
    ...textsOf(fromJson, language),
    ...textsOf(fromProperty, language),
  });
  const messages: string[] = [];
  // The shipped locales have the texts of essential and the default categories.
  const own = config.categories.filter((id) => id !== ESSENTIAL && !DEFAULTS.categories.includes(id));
  for (const id of own) {
    for (const key of categoryKeys(id)) {
      const missing = LANGUAGES.filter((language) => typeof texts(language)[key] !== 'string');
      if (missing.length) {
        messages.push(`Category "${id}" has no "${key}" text for ${missing.join(', ')}; add it to the texts of each.`);
      }
    }
  }
  return messages;
}

/** `data-kelisim="settings"`: only `preferences` opens the dialog. */
export function unknownLinks(root: ParentNode): string[] {
  return [...root.querySelectorAll('[data-kelisim]:not([data-kelisim="preferences"])')].map(
    (node) => `${describe(node)} does nothing: the one data-kelisim value is "preferences".`
  );
}

function textsOf(texts: unknown, language: string): Record<string, unknown> {
  const own = texts && typeof texts === 'object' ? (texts as Record<string, unknown>)[language] : undefined;
  return own && typeof own === 'object' ? (own as Record<string, unknown>) : {};
}

/** A short tag for messages: `<iframe data-src="https://…">`. */
function describe(node: Element): string {
  const source = ['src', 'data-src', 'href'].find((name) => node.hasAttribute(name));
  const value = node.getAttribute(source ?? '') ?? '';
  return `<${node.localName}${source ? ` ${source}="${value.length > 60 ? `${value.slice(0, 59)}…` : value}"` : ''}>`;
}

/** The candidate within two edits of `name`, or one that starts with it, for "did you mean". */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = name.length > 3 && candidate.startsWith(name) ? 2 : editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
