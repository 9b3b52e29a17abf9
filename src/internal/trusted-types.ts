/** What Kelisim hands to script sinks: the text and URL of scripts the site itself marked for consent. */
interface ScriptPolicy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
}

declare const trustedTypes: {createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy};

const pass = (value: string) => value;
let policy: ScriptPolicy | undefined;

/**
 * Kelisim's Trusted Types policy, `kelisim`, for pages with `require-trusted-types-for 'script'`
 * (see README, "Security"). Created on first use; where the browser has no Trusted Types, or the
 * page's CSP does not list the name, plain strings pass (and the browser decides).
 */
export function scriptPolicy(): ScriptPolicy {
  if (!policy) {
    try {
      policy = trustedTypes.createPolicy('kelisim', {createScript: pass, createScriptURL: pass});
    } catch {
      policy = {createScript: pass, createScriptURL: pass};
    }
  }
  return policy;
}
