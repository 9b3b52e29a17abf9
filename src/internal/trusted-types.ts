/** What Kelisim hands to script sinks: the text and URL of scripts the site itself marked for consent. */
interface ScriptPolicy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
}

let policy: ScriptPolicy | undefined;

/**
 * Kelisim's Trusted Types policy, `kelisim`, for pages with `require-trusted-types-for 'script'`
 * (see README, "Security"). Created on first use; where the page has no Trusted Types, or its CSP
 * does not list the name, plain strings pass through (and the browser decides).
 */
export function scriptPolicy(): ScriptPolicy {
  if (!policy) {
    const pass = (value: string) => value;
    policy = {createScript: pass, createScriptURL: pass};
    try {
      const factory = (window as {trustedTypes?: {createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy}}).trustedTypes;
      policy = factory?.createPolicy('kelisim', policy) ?? policy;
    } catch {
      // A CSP whose `trusted-types` does not list `kelisim`; the browser reports that itself.
    }
  }
  return policy;
}
