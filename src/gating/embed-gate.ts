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
  const detachOnPageHide = frameDetacher(root);

  const show = (embed: HTMLElement) => {
    const src = httpUrl(embed);
    embed.removeAttribute('data-src');
    if (src === undefined) return;
    embed.setAttribute('src', src);
    if (embed instanceof HTMLIFrameElement) detachOnPageHide(embed);
    placeholders.get(embed)?.remove();
    if (embed.hasAttribute('data-kelisim-hidden')) {
      embed.hidden = false;
      embed.removeAttribute('data-kelisim-hidden');
    }
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

/**
 * Firefox gives a reloaded page's iframes the pages they last showed, before any script runs: an
 * embed released for one view ("load once") or before a withdrawal would load again without
 * consent. An iframe detached as the page is hidden leaves nothing to restore; it is put back
 * when the page returns from the back-forward cache, the same view it was released for.
 */
function frameDetacher(root: Document) {
  const released = new Set<HTMLIFrameElement>();
  const detached: [HTMLIFrameElement, ParentNode, Node | null][] = [];
  const view = root.defaultView;
  view?.addEventListener('pagehide', () => {
    for (const frame of released) {
      if (frame.parentNode) detached.push([frame, frame.parentNode, frame.nextSibling]);
      frame.remove();
    }
    released.clear();
  });
  view?.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    // Last first, so that a frame's next sibling is back before it is.
    for (const [frame, parent, next] of detached.splice(0).reverse()) {
      parent.insertBefore(frame, next?.parentNode === parent ? next : null);
      released.add(frame);
    }
  });
  return (frame: HTMLIFrameElement) => void released.add(frame);
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
