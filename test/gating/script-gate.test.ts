import {expect} from 'chai';
import {createScriptGate} from '../../src/gating/script-gate.js';
import type {ScriptGate} from '../../src/gating/script-gate.js';

declare global {
  interface Window {
    gateLog: string[];
  }
}

/** A data: URL script that logs its name, so order and count can be checked without a server. */
const external = (name: string) => `data:text/javascript,window.gateLog.push('${name}')`;

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

  const start = () => (gate = createScriptGate(document, (category) => granted.has(category)));

  it('runs nothing whose category is not allowed', async () => {
    gated('performance', "window.gateLog.push('inline')");
    gated('performance', '', {'data-src': external('external')});
    await start().release();
    await new Promise((done) => setTimeout(done, 50));
    expect(window.gateLog).to.deep.equal([]);
    expect(container.querySelectorAll('script[type="text/plain"]')).to.have.length(2);
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
    await new Promise((done) => setTimeout(done, 50));
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
    expect(document.head.querySelector('script[data-category]')!.type).to.equal('module');
    await until(() => window.gateLog.includes('module'));
  });
});
