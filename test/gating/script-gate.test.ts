import {expect} from 'chai';
import {createScriptGate} from '../../src/gating/script-gate.js';
import type {ScriptGate} from '../../src/gating/script-gate.js';

declare global {
  interface Window {
    gateLog: string[];
  }
}

/** A script from the test server that logs its name, so order and count can be checked. */
const external = (name: string) => `/test/gating/log-script.js?name=${name}`;

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 100) throw new Error('timed out waiting');
    await new Promise((done) => setTimeout(done, 10));
  }
}

describe('createScriptGate', () => {
  let container: HTMLElement;
  let gate: ScriptGate | undefined;
  let granted: Set<string>;

  beforeEach(() => {
    window.gateLog = [];
    granted = new Set();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
    for (const copy of document.head.querySelectorAll('script[data-category]')) copy.remove();
  });

  function gated(category: string, body: string, attributes: Record<string, string> = {}) {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.category = category;
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.text = body;
    container.append(script);
    return script;
  }

  const start = (nonce?: string) => (gate = createScriptGate(document, (category) => granted.has(category), nonce));

  it('runs nothing whose category is not allowed', async () => {
    gated('performance', "window.gateLog.push('inline')");
    gated('performance', '', {'data-src': external('external')});
    await start().release();
    await new Promise((done) => setTimeout(done, 50));
    expect(window.gateLog).to.deep.equal([]);
    expect(container.querySelectorAll('script[type="text/plain"]')).to.have.length(2);
  });

  it('passes a data-service to the consent check, so a refused service stays inert in an allowed category', async () => {
    gated('performance', "window.gateLog.push('metrika')", {'data-service': 'metrika'});
    gated('performance', "window.gateLog.push('clarity')", {'data-service': 'clarity'});
    gated('performance', "window.gateLog.push('plain')");
    const asked: [string, string | undefined][] = [];
    const allowed = (category: string, service?: string) => {
      asked.push([category, service]);
      return granted.has(category) && service !== 'clarity';
    };
    granted.add('performance');
    await createScriptGate(document, allowed).release();
    expect(window.gateLog).to.deep.equal(['metrika', 'plain']);
    expect(asked).to.deep.include(['performance', 'clarity']);
    expect(asked).to.deep.include(['performance', undefined]);
  });

  it('runs allowed scripts once each, in document order, external before the inline after it', async () => {
    gated('performance', '', {'data-src': external('tag.js')});
    gated('performance', "window.gateLog.push('init')");
    gated('functional', "window.gateLog.push('chat')");
    gated('performance', '', {src: external('second.js')});
    granted.add('performance');
    start();
    await gate!.release();
    await gate!.release();
    await until(() => window.gateLog.length === 3);
    expect(window.gateLog).to.deep.equal(['tag.js', 'init', 'second.js']);
  });

  it('leaves the original where it was, marked, and runs its copy from <head> once', async () => {
    const before = document.createElement('p');
    const original = gated('performance', "window.gateLog.push('once')");
    container.append(before, original);
    granted.add('performance');
    start();
    await gate!.release();
    container.insertBefore(document.createElement('span'), original);
    container.append(original);
    await gate!.release();
    expect(window.gateLog).to.deep.equal(['once']);
    expect(original.parentNode).to.equal(container);
    expect(original.type).to.equal('text/plain');
    expect(original.hasAttribute('data-kelisim-released')).to.equal(true);
    expect(document.head.querySelectorAll('script[data-category]')).to.have.length(1);
  });

  it('requires every category a script names', async () => {
    gated('performance functional', "window.gateLog.push('both')");
    granted.add('performance');
    await start().release();
    expect(window.gateLog).to.deep.equal([]);
    granted.add('functional');
    await gate!.release();
    expect(window.gateLog).to.deep.equal(['both']);
  });

  it('keeps the nonce and other attributes, and drops the inert type', async () => {
    const original = gated('performance', "window.gateLog.push('nonce')", {id: 'counter', 'data-x': '1'});
    original.nonce = 'abc123';
    granted.add('performance');
    await start().release();
    const released = document.head.querySelector<HTMLScriptElement>('#counter')!;
    expect(released).not.to.equal(original);
    expect(released.nonce).to.equal('abc123');
    expect(released.getAttribute('type')).to.equal(null);
    expect(released.dataset.x).to.equal('1');
  });

  it('takes data-type as the type, for gated modules', async () => {
    gated('performance', '', {'data-type': 'module', 'data-src': external('module')});
    granted.add('performance');
    await start().release();
    expect(document.head.querySelector<HTMLScriptElement>('script[data-category]')!.type).to.equal('module');
    await until(() => window.gateLog.includes('module'));
  });

  it('asks again at each turn: what waited for a loader does not run once its category is withdrawn', async () => {
    const loader = gated('performance', '', {'data-src': external('loader')});
    gated('performance', "window.gateLog.push('init')");
    gated('performance', '', {'data-src': external('second')});
    gated('functional', "window.gateLog.push('chat')");
    granted.add('performance').add('functional');
    // The visitor withdraws while the loader is on its way.
    const append = document.head.append;
    document.head.append = function (...nodes) {
      append.apply(this, nodes);
      if (loader.hasAttribute('data-kelisim-released')) granted.delete('performance');
    };
    try {
      await start().release();
    } finally {
      document.head.append = append;
    }
    await until(() => window.gateLog.includes('chat'));
    expect(window.gateLog).to.deep.equal(['loader', 'chat']);
    expect(document.head.querySelectorAll('script[data-category]')).to.have.length(2);
  });

  it('does not wait for scripts that never load: nomodule, or a type that is not JavaScript', async () => {
    gated('performance', '', {'data-src': external('legacy'), nomodule: ''});
    gated('performance', '', {'data-src': external('template'), 'data-type': 'text/x-template'});
    gated('performance', "window.gateLog.push('after')");
    granted.add('performance');
    await start().release();
    expect(window.gateLog).to.deep.equal(['after']);
  });

  it('goes on after data-timeout ms when a script neither loads nor fails', async () => {
    const silent = gated('performance', '', {'data-src': external('silent'), 'data-timeout': '50'});
    gated('performance', "window.gateLog.push('after')");
    granted.add('performance');
    // The copy is kept out of the page, so it fires neither load nor error, as with a host that never answers.
    const append = document.head.append;
    document.head.append = function (...nodes) {
      for (const node of nodes) {
        if (node instanceof DocumentFragment) node.querySelector('script[src*="silent"]')?.remove();
      }
      append.apply(this, nodes);
    };
    try {
      await start().release();
    } finally {
      document.head.append = append;
    }
    expect(silent.hasAttribute('data-kelisim-released')).to.equal(true);
    expect(window.gateLog).to.deep.equal(['after']);
  });

  for (const url of [
    'javascript:window.gateLog.push(1)',
    'data:text/javascript,window.gateLog.push(1)',
    'vbscript:x',
  ]) {
    it(`refuses ${url.split(':')[0]}: URLs with a console error`, async () => {
      const errors: unknown[][] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        gated('performance', '', {'data-src': url});
        gated('performance', '', {src: url});
        granted.add('performance');
        await start().release();
      } finally {
        console.error = consoleError;
      }
      expect(document.head.querySelectorAll('script[data-category]')).to.have.length(0);
      expect(errors).to.have.length(2);
      expect(errors[0].join(' ')).to.contain('is refused');
    });
  }

  it('gives a script without a nonce the one it was given, and keeps its own', async () => {
    const own = gated('performance', "window.gateLog.push('own')", {id: 'own'});
    own.nonce = 'its-own';
    gated('performance', "window.gateLog.push('none')", {id: 'none'});
    granted.add('performance');
    await start('kelisims').release();
    expect(document.head.querySelector<HTMLScriptElement>('#own')!.nonce).to.equal('its-own');
    expect(document.head.querySelector<HTMLScriptElement>('#none')!.nonce).to.equal('kelisims');
  });
});
