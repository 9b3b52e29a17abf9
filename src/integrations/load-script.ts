import {scriptPolicy} from '../internal/trusted-types.js';

/** Adds a vendor's loader script to `<head>`, async as the vendors ship it, with the page's nonce. */
export function loadScript(src: string, nonce: string | undefined): void {
  const script = document.createElement('script');
  script.async = true;
  script.src = scriptPolicy().createScriptURL(src);
  if (nonce) script.nonce = nonce;
  document.head.append(script);
}
