import {categoriesAllowed, httpUrl} from './script-gate.js';
import type {Allowed} from './script-gate.js';
import {GATED_EMBED, PLACEHOLDER_TAG} from './selectors.js';

/**
 * Gives gated embeds their `src` once their categories are allowed, if it is an http(s) URL (any
 * other is refused with a console error and dropped). A blocked iframe is hidden
 * behind a placeholder (defined with the UI, which `onPlaceholder` loads) that names the service and offers to allow it, or to load it once;
 * images and pixels simply stay without `src`, so nothing is fetched.
 */
export function createEmbedGate(root: Document, allowed: Allowed, onPlaceholder: () => void) {
  const placeholders = new WeakMap<Element, HTMLElement>();

  const show = (gated: HTMLElement) => {
    const src = httpUrl(gated);
    gated.removeAttribute('data-src');
    if (src === undefined) return;
    placeholders.get(gated)?.remove();
    // An iframe is shown as a copy made here: browsers give the page's own iframes, on a reload or
    // a visit back, the pages they last showed before any script runs, so a frame released for
    // one view or before a withdrawal would load again without consent. A frame a script made
    // is not given one.
    const embed = gated instanceof HTMLIFrameElement ? (gated.cloneNode(true) as HTMLElement) : gated;
    embed.setAttribute('src', src);
    if (embed.hasAttribute('data-kelisim-hidden')) {
      embed.hidden = false;
      embed.removeAttribute('data-kelisim-hidden');
    }
    if (embed !== gated) gated.replaceWith(embed);
  };

  const release = () => {
    for (const embed of root.querySelectorAll<HTMLElement>(GATED_EMBED)) {
      if (categoriesAllowed(embed, allowed)) show(embed);
      else if (embed instanceof HTMLIFrameElement && !placeholders.has(embed)) {
        placeholders.set(embed, placeholderFor(embed));
        onPlaceholder();
      }
    }
  };

  /**
   * "Load once": shows the one embed behind `placeholder` for this page view. Consent is not
   * touched, so the next page view blocks it again.
   */
  const loadOnce = (placeholder: Element) => {
    for (const embed of root.querySelectorAll<HTMLElement>(GATED_EMBED)) {
      if (placeholders.get(embed) === placeholder) show(embed);
    }
  };

  return {release, loadOnce};
}

function placeholderFor(iframe: HTMLIFrameElement): HTMLElement {
  const placeholder = iframe.ownerDocument.createElement(PLACEHOLDER_TAG);
  placeholder.setAttribute('category', iframe.getAttribute('data-category')!);
  placeholder.setAttribute('service', iframe.getAttribute('data-service') ?? serviceName(iframe));
  for (const size of ['width', 'height']) {
    const value = iframe.getAttribute(size);
    if (value) placeholder.setAttribute(size, value);
  }
  iframe.before(placeholder);
  if (!iframe.hidden) {
    iframe.hidden = true;
    iframe.setAttribute('data-kelisim-hidden', '');
  }
  return placeholder;
}

/** `https://www.youtube.com/embed/x` → `youtube.com`. */
function serviceName(iframe: HTMLIFrameElement): string {
  try {
    return new URL(iframe.getAttribute('data-src')!, location.href).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
