/** Scripts a site marks for consent: `<script type="text/plain" data-category="performance">`. */
export const GATED_SCRIPT = 'script[type="text/plain"][data-category]';

/** True when every category a gated node names (space-separated) is allowed. */
export function categoriesAllowed(node: Element, allowed: (category: string) => boolean): boolean {
  const categories = (node.getAttribute('data-category') ?? '').split(/\s+/).filter(Boolean);
  return categories.length > 0 && categories.every(allowed);
}

export interface ScriptGate {
  /** Runs every gated script whose categories are allowed; resolves when all have been inserted. */
  release(): Promise<void>;
}

/** Marks a gated script whose copy was released. */
export const RELEASED = 'data-kelisim-released';

/**
 * Releases gated scripts by re-creating them, since changing `type` in place never runs a script.
 * The inert original stays where the page or its framework put it (a virtual DOM must find the
 * nodes it created) and is marked, so each runs once; the copy goes to `<head>`, where no
 * framework renders, so a server-rendered tree still hydrates. Document order holds: external
 * scripts keep their order with `async = false`, and an inline script waits for the external
 * ones before it.
 */
export function createScriptGate(root: Document, allowed: (category: string) => boolean): ScriptGate {
  let queue = Promise.resolve();
  let loading: Promise<unknown>[] = [];

  const releaseNow = async () => {
    for (const original of root.querySelectorAll<HTMLScriptElement>(`${GATED_SCRIPT}:not([${RELEASED}])`)) {
      if (!categoriesAllowed(original, allowed)) continue;
      const script = recreate(original);
      if (script.src) {
        // An `async` script asked not to be ordered; every other one keeps its place.
        if (!original.hasAttribute('async')) {
          script.async = false;
          loading.push(loaded(script));
        }
      } else if (loading.length) {
        await Promise.all(loading);
        loading = [];
        if (!original.isConnected || original.hasAttribute(RELEASED)) continue;
      }
      original.setAttribute(RELEASED, '');
      root.head.append(script);
    }
  };

  return {release: () => (queue = queue.then(releaseNow))};
}

const loaded = (script: HTMLScriptElement) =>
  new Promise((done) => {
    script.addEventListener('load', done);
    script.addEventListener('error', done);
  });

/** A runnable copy of a gated script: same attributes and nonce, `data-src` as `src`. */
function recreate(original: HTMLScriptElement): HTMLScriptElement {
  const script = original.ownerDocument.createElement('script');
  for (const {name, value} of original.attributes) {
    if (name !== 'type' && name !== 'data-src' && name !== 'data-type') script.setAttribute(name, value);
  }
  const type = original.getAttribute('data-type');
  if (type) script.type = type;
  const src = original.getAttribute('data-src');
  if (src) script.src = src;
  // The nonce attribute reads back empty once parsed; only the property keeps it.
  if (original.nonce) script.nonce = original.nonce;
  script.text = original.text;
  return script;
}
