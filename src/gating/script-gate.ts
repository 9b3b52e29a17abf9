import {scriptPolicy} from '../internal/trusted-types.js';
import {error} from '../internal/warn.js';

/** Scripts a site marks for consent: `<script type="text/plain" data-category="performance">`. */
export const GATED_SCRIPT = 'script[type="text/plain"][data-category]';

/** Marks a gated script whose copy was released. */
export const RELEASED = 'data-kelisim-released';

/** How long, in ms, an external gated script may take before the ones after it go ahead; `data-timeout` overrides it. */
export const SCRIPT_TIMEOUT = 5000;

/** Whether a category may run; with the node's `data-service`, also whether that service may. */
export type Allowed = (category: string, service?: string) => boolean;

/** True when every category a gated node names (space-separated) is allowed, for its `data-service` if it has one. */
export function categoriesAllowed(node: Element, allowed: Allowed): boolean {
  const categories = (node.getAttribute('data-category') ?? '').split(/\s+/).filter(Boolean);
  const service = node.getAttribute('data-service') ?? undefined;
  return categories.length > 0 && categories.every((category) => allowed(category, service));
}

/**
 * The `data-src` (or `src`) of a gated node if it is an http(s) URL, relative ones included; any
 * other scheme (`javascript:`, `data:` …) is refused with a console error, since markup that a
 * sanitizer lets through (data attributes) must not become a script or a navigation.
 */
export function httpUrl(node: Element, attribute = 'data-src'): string | undefined {
  const url = node.getAttribute(attribute);
  if (url === null) return undefined;
  try {
    if (/^https?:$/.test(new URL(url, node.baseURI).protocol)) return url;
  } catch {
    // Unparsable: refused below.
  }
  error(`${attribute}="${url}" is refused: not http(s).`);
  return undefined;
}

export interface ScriptGate {
  /** Runs every gated script whose categories are allowed; resolves when all have been inserted. */
  release(): Promise<void>;
}

/**
 * Releases gated scripts by re-creating them, since changing `type` in place never runs a script.
 * The inert original stays where the page or its framework put it (a virtual DOM must find the
 * nodes it created) and is marked, so each runs once; the copy goes to `<head>`, where no
 * framework renders, so a server-rendered tree still hydrates. Document order holds: each script
 * waits for the external one before it (but `async` ones) to load, fail or time out, and consent
 * is checked again when its turn comes, since it may have been withdrawn meanwhile. Copies carry
 * their own nonce, else `nonce` (Kelisim's).
 */
export function createScriptGate(root: Document, allowed: Allowed, nonce?: string): ScriptGate {
  let queue = Promise.resolve();
  // The last ordered external script released and not settled yet, across calls: the parser adds
  // a page's scripts one by one.
  let previous: Promise<unknown> | undefined;

  const releaseNow = async () => {
    // The copies that need not wait go in at once, checked as they are made with no other code
    // running meanwhile: one insertion, not one per script (200 inline scripts ran in 12 to 22 ms
    // one by one, 7 to 15 ms together).
    const ready = root.createDocumentFragment();
    for (const original of root.querySelectorAll<HTMLScriptElement>(`${GATED_SCRIPT}:not([${RELEASED}])`)) {
      const ordered = !original.hasAttribute('async');
      if (!categoriesAllowed(original, allowed)) continue;
      if (ordered && previous) {
        root.head.append(ready);
        await previous;
      }
      if (
        !original.isConnected ||
        !parsed(original) ||
        original.hasAttribute(RELEASED) ||
        !categoriesAllowed(original, allowed)
      )
        continue;
      original.setAttribute(RELEASED, '');
      try {
        const script = recreate(original, nonce);
        if (!script) continue;
        ready.append(script);
        // At most one is pending: the next ordered script waits for it.
        if (script.src && ordered && runs(script))
          previous = settled(script, original).then(() => (previous = undefined));
      } catch (problem) {
        // One script that cannot be released (a Trusted Types refusal) must not hold back the others.
        error(problem);
      }
    }
    root.head.append(ready);
  };

  return {release: () => (queue = queue.then(releaseNow).catch(error))};
}

/**
 * Whether the parser has passed the script's end tag. Kelisim may start in `<head>` and release
 * scripts as they are parsed; one with nothing after it yet may still lack some of its text.
 */
function parsed(script: Node): boolean {
  if (script.ownerDocument!.readyState !== 'loading') return true;
  for (let node: Node | null = script; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/** A JavaScript MIME type or `module`: other types never load, so nothing waits for them. */
const RUNNABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

/** False for a script the browser will never fetch: another type, or `nomodule` in a module browser. */
const runs = (script: HTMLScriptElement) => RUNNABLE.test(script.type.trim()) && !script.noModule;

/** Settles on load, error or the script's timeout, whichever comes first. */
const settled = (script: HTMLScriptElement, original: Element) =>
  new Promise((done) => {
    script.addEventListener('load', done);
    script.addEventListener('error', done);
    setTimeout(done, Number(original.getAttribute('data-timeout')) || SCRIPT_TIMEOUT);
  });

/** A runnable copy of a gated script: same attributes and nonce, `data-src` as `src`; none for a refused URL. */
function recreate(original: HTMLScriptElement, nonce: string | undefined): HTMLScriptElement | undefined {
  const source = original.hasAttribute('data-src') ? 'data-src' : 'src';
  const src = httpUrl(original, source);
  if (src === undefined && original.hasAttribute(source)) return undefined;
  const script = original.ownerDocument.createElement('script');
  for (const {name, value} of original.attributes) {
    if (!/^(type|src|data-src|data-type)$/.test(name) && name !== RELEASED) script.setAttribute(name, value);
  }
  const type = original.getAttribute('data-type');
  if (type) script.type = type;
  const policy = scriptPolicy();
  if (src) script.src = policy.createScriptURL(src);
  // The nonce attribute reads back empty once parsed; only the property keeps it.
  const own = original.nonce || nonce;
  if (own) script.nonce = own;
  script.text = policy.createScript(original.text);
  return script;
}
