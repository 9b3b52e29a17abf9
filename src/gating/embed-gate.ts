import {categoriesAllowed, httpUrl} from './script-gate.js';
import type {Allowed} from './script-gate.js';
import {GATED_EMBED, PLACEHOLDER_TAG} from './selectors.js';

/**
 * Gives gated embeds their `src` once their categories are allowed, if it is an http(s) URL (any
 * other is refused with a console error and dropped). A blocked iframe is hidden behind a
 * placeholder (its element is defined by the UI, which `onPlaceholder` asks for) that names the
 * service and offers to allow it, or to load it once; images and pixels simply stay without
 * `src`, so nothing is fetched.
 */
export function createEmbedGate(root: Document, allowed: Allowed, onPlaceholder: () => void) {
  const placeholders = new WeakMap<Element, HTMLElement>();

  const show = (embed: HTMLElement) => {
    const src = httpUrl(embed);
    embed.removeAttribute('data-src');
    if (src === undefined) return;
    if (embed instanceof HTMLIFrameElement) {
      // Taken out and put back, the same element gets a frame made by script. Browsers give a
      // parser-made frame the page it last showed before any script runs, Chromium on a visit
      // Back, Firefox on a reload: an embed shown once, or before a withdrawal, would load again
      // unasked. No browser restores a frame made by script; the element stays, so a framework
      // that rendered it still finds it in its place.
      const [parent, next] = [embed.parentNode!, embed.nextSibling];
      embed.remove();
      embed.setAttribute('src', src);
      parent.insertBefore(embed, next);
    } else embed.setAttribute('src', src);
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
