// Runs inside the WebKit page (sent as source with every WebDriver script call): finds what a
// locator names, through open shadow roots as Playwright does, and checks what expect() asks.
/* eslint-disable @typescript-eslint/no-explicit-any */

export type Step =
  | {css: string}
  | {role: string; name?: string | {source: string; flags: string}; exact?: boolean; checked?: boolean}
  | {text: string | {source: string; flags: string}; exact?: boolean}
  | {nth: number}
  | {hasText: string | {source: string; flags: string}}
  | {frame: true};

export function inPage() {
  const w = window as any;
  if (w.__kelisimEngine) return w.__kelisimEngine;

  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
  const hiddenStyle = (element: Element) => {
    const style = getComputedStyle(element);
    return style.display === 'none';
  };

  /** Text in the flat tree: shadow roots and slotted nodes included; `visibleOnly` for names. */
  function flatText(node: Node, visibleOnly: boolean): string {
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const element = node as Element;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(element.tagName)) return '';
      if (visibleOnly && (element.getAttribute('aria-hidden') === 'true' || hiddenStyle(element))) return '';
    }
    let children: Node[] = [...node.childNodes];
    if (node.nodeType === Node.ELEMENT_NODE && element.shadowRoot) children = [...element.shadowRoot.childNodes];
    if (element.tagName === 'SLOT') {
      const assigned = (element as HTMLSlotElement).assignedNodes({flatten: true});
      if (assigned.length) children = assigned;
    }
    const block =
      node.nodeType === Node.ELEMENT_NODE &&
      visibleOnly &&
      /^(block|flex|grid|list-item|table)/.test(getComputedStyle(element).display);
    const text = children.map((child) => flatText(child, visibleOnly)).join('');
    return block ? ` ${text} ` : text;
  }

  /** Every element under a root, in tree order, descending into open shadow roots. */
  function deepElements(root: Node): Element[] {
    const all: Element[] = [];
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType !== Node.ELEMENT_NODE) continue;
        all.push(child as Element);
        if ((child as Element).shadowRoot) walk((child as Element).shadowRoot!);
        walk(child);
      }
    };
    if ((root as Element).shadowRoot) walk((root as Element).shadowRoot!);
    walk(root);
    return all;
  }

  /** Splits a CSS selector at its descendant combinators, which Playwright lets cross shadow roots. */
  function compounds(selector: string): string[] {
    const tokens: string[] = [];
    let current = '';
    let depth = 0;
    let quote = '';
    for (const char of selector) {
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '[' || char === '(') depth++;
      else if (char === ']' || char === ')') depth--;
      if (!quote && depth === 0 && /\s/.test(char)) {
        if (current) tokens.push(current);
        current = '';
        continue;
      }
      current += char;
    }
    if (current) tokens.push(current);
    // Rejoin the other combinators with their neighbours: `a > b` stays one piece for matches().
    const parts: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (['>', '+', '~'].includes(tokens[i]) && parts.length)
        parts[parts.length - 1] += ` ${tokens[i]} ${tokens[++i]}`;
      else parts.push(tokens[i]);
    }
    return parts;
  }

  function css(scopes: Node[], selector: string): Element[] {
    const alternatives = selector.split(/,(?![^[(]*[\])])/);
    if (alternatives.length > 1) {
      const found = new Set(alternatives.flatMap((alternative) => css(scopes, alternative.trim())));
      return deepElements(document).filter((element) => found.has(element));
    }
    let current = scopes;
    for (const part of compounds(selector)) {
      const next = new Set<Element>();
      for (const scope of current)
        for (const element of deepElements(scope)) if (element.matches(part)) next.add(element);
      current = [...next];
    }
    return current as Element[];
  }

  const IMPLICIT: Record<string, string | ((element: Element) => string | undefined)> = {
    BUTTON: 'button',
    A: (element) => (element.hasAttribute('href') ? 'link' : undefined),
    DIALOG: 'dialog',
    H1: 'heading',
    H2: 'heading',
    H3: 'heading',
    H4: 'heading',
    H5: 'heading',
    H6: 'heading',
    NAV: 'navigation',
    MAIN: 'main',
    UL: 'list',
    OL: 'list',
    LI: 'listitem',
    IMG: 'img',
    TEXTAREA: 'textbox',
    SECTION: (element) =>
      element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby') ? 'region' : undefined,
    INPUT: (element) => {
      const type = (element as HTMLInputElement).type;
      if (type === 'checkbox') return element.getAttribute('switch') !== null ? 'switch' : 'checkbox';
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'radio') return 'radio';
      return ['text', 'email', 'search', 'tel', 'url', ''].includes(type) ? 'textbox' : undefined;
    },
  };
  function roleOf(element: Element) {
    const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    const implicit = IMPLICIT[element.tagName];
    return typeof implicit === 'function' ? implicit(element) : implicit;
  }

  const byId = (element: Element, id: string) => (element.getRootNode() as Document | ShadowRoot).getElementById(id);
  function accessibleName(element: Element): string {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      return normalize(
        labelledBy
          .split(/\s+/)
          .map((id) => {
            const label = byId(element, id);
            return label ? flatText(label, false) : '';
          })
          .join(' ')
      );
    }
    const label = element.getAttribute('aria-label');
    if (label?.trim()) return normalize(label);
    if (
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement
    ) {
      const labels = [...(element.labels ?? [])];
      if (labels.length) return normalize(labels.map((l) => flatText(l, true)).join(' '));
      if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type))
        return element.value;
      return normalize(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
    }
    if (element instanceof HTMLImageElement) return normalize(element.alt);
    if (
      [
        'button',
        'link',
        'heading',
        'checkbox',
        'switch',
        'radio',
        'tab',
        'menuitem',
        'option',
        'cell',
        'listitem',
      ].includes(roleOf(element) ?? '')
    ) {
      return normalize(flatText(element, true));
    }
    return normalize(element.getAttribute('title') ?? '');
  }

  const textMatches = (value: string, expected: string | {source: string; flags: string}, exact?: boolean) => {
    if (typeof expected !== 'string') return new RegExp(expected.source, expected.flags).test(value);
    return exact ? value === normalize(expected) : value.toLowerCase().includes(normalize(expected).toLowerCase());
  };

  function hiddenFromTree(element: Element) {
    for (
      let node: Element | null = element;
      node;
      node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
    ) {
      if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return true;
    }
    return !visible(element);
  }

  function visible(element: Element) {
    if (!element.isConnected) return false;
    if (typeof element.checkVisibility === 'function' && !element.checkVisibility({visibilityProperty: true}))
      return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  }

  function resolve(steps: Step[]): Element[] {
    let current: Node[] = [document];
    for (const step of steps) {
      if ('css' in step) current = css(current, step.css);
      else if ('role' in step) {
        current = current.flatMap((scope) =>
          deepElements(scope).filter((element) => {
            if (roleOf(element) !== step.role || hiddenFromTree(element)) return false;
            if (step.checked !== undefined && isChecked(element) !== step.checked) return false;
            return step.name === undefined || textMatches(accessibleName(element), step.name, step.exact);
          })
        );
      } else if ('text' in step) {
        const matching = (element: Element) =>
          !['SCRIPT', 'STYLE', 'HEAD', 'TITLE'].includes(element.tagName) &&
          textMatches(normalize(flatText(element, false)), step.text, step.exact);
        current = current.flatMap((scope) =>
          deepElements(scope).filter(
            (element) =>
              matching(element) && ![...element.children, ...(element.shadowRoot?.children ?? [])].some(matching)
          )
        );
      } else if ('frame' in step) {
        // Into the documents of the frames found so far (same-origin ones: the others have none here).
        current = current.flatMap((frame) => {
          const inner = (frame as HTMLIFrameElement).contentDocument;
          return inner ? [inner] : [];
        });
      } else if ('hasText' in step) {
        current = current.filter((element) => textMatches(normalize(flatText(element, false)), step.hasText));
      } else {
        const picked = current.at(step.nth);
        current = picked ? [picked] : [];
      }
    }
    return [...new Set(current)] as Element[];
  }

  /** Scrolls the element into view; whether a click at its middle reaches it (or a label of it), as Playwright checks. */
  function receivesPointer(element: Element) {
    element.scrollIntoView({block: 'center', inline: 'center'});
    const rect = element.getBoundingClientRect();
    const [x, y] = [rect.x + rect.width / 2, rect.y + rect.height / 2];
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    for (let node: Node | null = hit; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node === element || (node instanceof HTMLLabelElement && node.control === element)) return true;
    }
    return false;
  }

  function isChecked(element: Element) {
    if (element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)) return element.checked;
    return element.getAttribute('aria-checked') === 'true';
  }

  function deepActiveElement() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  const disabled = (element: Element) =>
    (element as HTMLButtonElement).disabled === true || element.closest('[aria-disabled="true"]') !== null;

  interface ExpectedText {
    string?: string;
    regexSource?: string;
    regexFlags?: string;
    matchSubstring?: boolean;
    normalizeWhiteSpace?: boolean;
    ignoreCase?: boolean;
  }
  function textExpectation(received: string, expected: ExpectedText) {
    let value = expected.normalizeWhiteSpace ? normalize(received) : received;
    if (expected.regexSource !== undefined) return new RegExp(expected.regexSource, expected.regexFlags).test(value);
    let wanted = expected.normalizeWhiteSpace ? normalize(expected.string!) : expected.string!;
    if (expected.ignoreCase) [value, wanted] = [value.toLowerCase(), wanted.toLowerCase()];
    return expected.matchSubstring ? value.includes(wanted) : value === wanted;
  }

  /** One check of an expect() on a locator: the expression names match Playwright's. */
  function check(
    steps: Step[],
    expression: string,
    options: any
  ): {matches: boolean; received?: unknown} | {unsupported: string} {
    const elements = resolve(steps);
    const first = elements[0];
    switch (expression) {
      case 'to.be.visible':
        return {matches: !!first && visible(first), received: first && visible(first) ? 'visible' : 'hidden'};
      case 'to.be.hidden':
        return {matches: !first || !visible(first), received: first && visible(first) ? 'visible' : 'hidden'};
      case 'to.be.attached':
        return {matches: !!first, received: first ? 'attached' : 'detached'};
      case 'to.be.checked': {
        const wanted = options.expectedValue?.checked ?? true;
        return {
          matches: !!first && isChecked(first) === wanted,
          received: first && (isChecked(first) ? 'checked' : 'unchecked'),
        };
      }
      case 'to.be.disabled':
        return {matches: !!first && disabled(first), received: first && (disabled(first) ? 'disabled' : 'enabled')};
      case 'to.be.enabled':
        return {matches: !!first && !disabled(first), received: first && (disabled(first) ? 'disabled' : 'enabled')};
      case 'to.be.focused':
        return {
          matches: !!first && deepActiveElement() === first,
          received: first && deepActiveElement() === first ? 'focused' : 'inactive',
        };
      case 'to.have.url':
        return {matches: textExpectation(location.href, options.expectedText[0]), received: location.href};
      case 'to.have.title':
        return {matches: textExpectation(document.title, options.expectedText[0]), received: document.title};
      case 'to.be.in.viewport': {
        // The share of the element inside the viewport, as Playwright's `ratio` means it.
        const rect = first?.getBoundingClientRect();
        const inside = rect
          ? Math.max(0, Math.min(rect.right, innerWidth) - Math.max(rect.left, 0)) *
            Math.max(0, Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0))
          : 0;
        const ratio = rect && rect.width * rect.height > 0 ? inside / (rect.width * rect.height) : 0;
        return {
          matches: ratio > 0 && ratio > (options.expectedNumber ?? 0) - 1e-9,
          received: `viewport ratio ${ratio}`,
        };
      }
      case 'to.have.text.array': {
        const texts = elements.map((element) => flatText(element, false));
        return {
          matches:
            texts.length === options.expectedText.length &&
            texts.every((text, i) => textExpectation(text, options.expectedText[i])),
          received: texts.map(normalize),
        };
      }
      case 'to.have.count':
        return {matches: elements.length === options.expectedNumber, received: elements.length};
      case 'to.have.text': {
        const text = first ? flatText(first, false) : '';
        return {matches: !!first && textExpectation(text, options.expectedText[0]), received: normalize(text)};
      }
      case 'to.have.attribute': {
        const has = !!first && first.hasAttribute(options.expressionArg);
        return {matches: has, received: has ? 'attribute present' : 'attribute not present'};
      }
      case 'to.have.attribute.value': {
        const value = first?.getAttribute(options.expressionArg);
        return {matches: value != null && textExpectation(value, options.expectedText[0]), received: value};
      }
      case 'to.have.accessible.name': {
        const name = first ? accessibleName(first) : '';
        return {matches: !!first && textExpectation(name, options.expectedText[0]), received: name};
      }
      default:
        return {unsupported: `expect(locator) ${expression}`};
    }
  }

  const engine = {resolve, check, visible, disabled, receivesPointer, isChecked, deepActiveElement, flatText};
  Object.defineProperty(w, '__kelisimEngine', {value: engine});
  return engine;
}

/** Runs in every document before its own scripts: what Playwright's events report, kept for the next script call. */
export function capture(documentNumber: number) {
  const w = window as any;
  if (w.__kelisimLog) return;
  const log: unknown[] = [];
  Object.defineProperty(w, '__kelisimLog', {value: log});
  Object.defineProperty(w, '__kelisimDocument', {value: documentNumber});
  const text = (value: unknown) =>
    value instanceof Error
      ? `${value.name}: ${value.message}`
      : typeof value === 'object' && value !== null
        ? JSON.stringify(value)
        : String(value);
  for (const [method, type] of [
    ['error', 'error'],
    ['warn', 'warning'],
    ['log', 'log'],
    ['info', 'info'],
  ] as const) {
    const original = console[method];
    console[method] = function (...args: unknown[]) {
      log.push({event: 'console', type, text: args.map(text).join(' ')});
      return original.apply(this, args);
    };
  }
  addEventListener('error', (event) => log.push({event: 'pageerror', message: event.error?.message ?? event.message}));
  addEventListener('unhandledrejection', (event) =>
    log.push({event: 'pageerror', message: event.reason?.message ?? String(event.reason)})
  );
  // Chromium reports these on the console; WebKit's page does not, so report them the same way.
  document.addEventListener('securitypolicyviolation', (event) =>
    log.push({
      event: 'console',
      type: 'error',
      text: `Refused to load ${event.blockedURI} because it violates the ${event.violatedDirective} directive`,
    })
  );
}
