import {expect} from 'chai';
import {ConsentManager} from '../../src/core/consent-manager.js';
import {serializeRecord} from '../../src/core/record.js';
import {ChangeSource, ConsentStatus} from '../../src/core/types.js';
import type {ConsentChange, ConsentConfig} from '../../src/core/types.js';
import {memoryStore} from '../../src/storage/memory-store.js';

const NOW = Date.UTC(2026, 10, 22);
const config: ConsentConfig = {categories: ['essential', 'performance', 'functional'], revision: 1, expiresDays: 365};

function setUp(stored?: string) {
  const warnings: string[] = [];
  let ids = 0;
  const store = memoryStore(stored);
  const env = {
    now: () => NOW,
    newId: () => `00000000-0000-4000-8000-00000000000${++ids}`,
    warn: (m: string) => warnings.push(m),
  };
  return {manager: new ConsentManager(config, store, env), store, warnings};
}

describe('ConsentManager', () => {
  it('starts missing and allows only essential', () => {
    const {manager} = setUp();
    expect(manager.status).to.equal(ConsentStatus.MISSING);
    expect(manager.granted()).to.deep.equal(['essential']);
  });

  it('stores a decision and reports what changed to subscribers', () => {
    const {manager, store} = setUp();
    const changes: ConsentChange[] = [];
    manager.subscribe((change) => changes.push(change));
    manager.decide({performance: true}, ChangeSource.SAVE, 'ru');
    expect(manager.status).to.equal(ConsentStatus.CURRENT);
    expect(store.read()).to.deep.equal([serializeRecord(manager.record!)]);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({first: true, source: 'save'});
    expect(changes[0].granted).to.deep.equal(['essential', 'performance']);
    expect(changes[0].changed).to.deep.equal(['performance']);
  });

  it('lists the services switched off, as a copy no caller can change', () => {
    const {manager} = setUp();
    expect(manager.refused()).to.deep.equal([]);
    manager.decide({performance: true}, ChangeSource.SAVE, 'en', ['clarity']);
    manager.refused().push('metrika');
    expect(manager.refused()).to.deep.equal(['clarity']);
    expect(manager.allowed('performance', 'clarity')).to.equal(false);
    expect(manager.allowed('performance', 'metrika')).to.equal(true);
  });

  it('marks later decisions as not first and lists only what changed', () => {
    const {manager} = setUp();
    manager.decide({performance: true}, ChangeSource.SAVE, 'ru');
    const change = manager.decide({performance: true, functional: true}, ChangeSource.ACCEPT_ALL, 'ru');
    expect(change).to.include({first: false});
    expect(change.changed).to.deep.equal(['functional']);
  });

  it('reads a stored choice on start', () => {
    const {manager: first, store} = setUp();
    first.decide({functional: true}, ChangeSource.SAVE, 'kk');
    const {manager} = setUp(store.read()[0]);
    expect(manager.status).to.equal(ConsentStatus.CURRENT);
    expect(manager.allowed('functional')).to.equal(true);
    expect(manager.allowed('performance')).to.equal(false);
  });

  it('treats a tampered record as no consent, with a warning', () => {
    const {manager, warnings} = setUp('1.x.1.performance:1.1.1.kk');
    expect(manager.status).to.equal(ConsentStatus.MISSING);
    expect(manager.allowed('performance')).to.equal(false);
    expect(warnings.join()).to.contain('consent id is not a UUID');
  });

  it('stops telling a subscriber once it unsubscribes', () => {
    const {manager} = setUp();
    let calls = 0;
    const unsubscribe = manager.subscribe(() => calls++);
    unsubscribe();
    manager.decide({}, ChangeSource.REJECT_ALL, 'kk');
    expect(calls).to.equal(0);
  });

  it('keeps deciding when a subscriber throws', () => {
    const {manager, warnings} = setUp();
    let reached = false;
    manager.subscribe(() => {
      throw new Error('site bug');
    });
    manager.subscribe(() => (reached = true));
    manager.decide({performance: true}, ChangeSource.API, 'kk');
    expect(reached).to.equal(true);
    expect(warnings.join()).to.contain('site bug');
  });

  it('forgets the choice on reset', () => {
    const {manager, store} = setUp();
    manager.decide({performance: true}, ChangeSource.API, 'kk');
    manager.reset();
    expect(store.read()).to.deep.equal([]);
    expect(manager.status).to.equal(ConsentStatus.MISSING);
    expect(manager.allowed('performance')).to.equal(false);
  });

  describe('sync', () => {
    it("takes another tab's decision from the shared store and reports it with source sync", () => {
      const {manager, store} = setUp();
      const changes: ConsentChange[] = [];
      manager.subscribe((change) => changes.push(change));
      const {manager: otherTab, store: otherStore} = setUp();
      otherTab.decide({performance: true}, ChangeSource.SAVE, 'kk');
      store.write(otherStore.read()[0]);
      const change = manager.sync();
      expect(change).to.include({source: 'sync', first: true});
      expect(change!.granted).to.deep.equal(['essential', 'performance']);
      expect(changes).to.have.length(1);
      expect(manager.allowed('performance')).to.equal(true);
    });

    it('follows the record another tab announced, before the store shows it', () => {
      const {manager} = setUp();
      const {manager: otherTab} = setUp();
      otherTab.decide({functional: true}, ChangeSource.SAVE, 'ru');
      const stored = otherTab.stored!;
      expect(manager.sync({stored, previous: null})!.granted).to.deep.equal(['essential', 'functional']);
      expect(manager.sync({stored: null, previous: stored})).to.equal(undefined);
      expect(manager.allowed('functional')).to.equal(false);
    });

    it('reports nothing when the store did not change', () => {
      const {manager} = setUp();
      manager.decide({performance: true}, ChangeSource.SAVE, 'kk');
      expect(manager.sync()).to.equal(undefined);
    });

    it('forgets the choice when another tab forgot it, or left something unreadable', () => {
      const {manager, store, warnings} = setUp();
      manager.decide({performance: true}, ChangeSource.SAVE, 'kk');
      store.clear();
      expect(manager.sync()).to.equal(undefined);
      expect(manager.allowed('performance')).to.equal(false);
      manager.decide({performance: true}, ChangeSource.SAVE, 'kk');
      store.write('garbage');
      manager.sync();
      expect(manager.status).to.equal(ConsentStatus.MISSING);
      expect(warnings).to.have.length(1);
    });
  });

  describe('several stored copies', () => {
    const copy = (granted: boolean, updatedAt: number, id = 1) =>
      serializeRecord({
        v: 1,
        id: `00000000-0000-4000-8000-00000000000${id}`,
        revision: 1,
        granted: {essential: true, performance: granted, functional: granted},
        createdAt: updatedAt,
        updatedAt,
        lang: 'kk',
      });
    const manyStore = (raws: string[]) => ({read: () => raws, write: () => {}, clear: () => {}});
    const env = {now: () => NOW, newId: () => 'x', warn: () => {}};
    const time = NOW / 1000 - 60;

    it('acts on the newest, in whatever order the store lists them', () => {
      for (const raws of [
        [copy(true, time - 1), copy(false, time)],
        [copy(false, time), copy(true, time - 1)],
      ]) {
        expect(new ConsentManager(config, manyStore(raws), env).allowed('performance')).to.equal(false);
      }
      expect(
        new ConsentManager(config, manyStore([copy(false, time - 1), copy(true, time)]), env).allowed('performance')
      ).to.equal(true);
    });

    it('on a tie acts on the more restrictive', () => {
      for (const raws of [
        [copy(true, time, 1), copy(false, time, 2)],
        [copy(false, time, 2), copy(true, time, 1)],
      ]) {
        expect(new ConsentManager(config, manyStore(raws), env).allowed('performance')).to.equal(false);
      }
    });
  });

  describe('tabs deciding at once', () => {
    /** Two tabs over one cookie: a store both write to. */
    function twoTabs() {
      const shared = memoryStore();
      let ids = 0;
      const env = {now: () => NOW, newId: () => `00000000-0000-4000-8000-00000000000${++ids}`, warn: () => {}};
      return {shared, first: new ConsentManager(config, shared, env), second: new ConsentManager(config, shared, env)};
    }

    it('converge on one record, and the store holds it', () => {
      const {shared, first, second} = twoTabs();
      first.decide({performance: true, functional: true}, ChangeSource.API, 'kk');
      const fromFirst = {stored: first.stored!, previous: null};
      second.decide({}, ChangeSource.API, 'kk');
      const fromSecond = {stored: second.stored!, previous: null};
      first.sync(fromSecond);
      second.sync(fromFirst);
      expect(first.stored).to.equal(second.stored);
      expect(shared.read()).to.deep.equal([first.stored]);
      expect(first.allowed('performance')).to.equal(false);
    });

    it('follow announcements that build on each other, even within one second', () => {
      const {first, second} = twoTabs();
      first.decide({}, ChangeSource.API, 'kk');
      const rejected = first.stored!;
      first.decide({performance: true}, ChangeSource.API, 'kk');
      second.sync({stored: rejected, previous: null});
      second.sync({stored: first.stored!, previous: rejected});
      expect(second.allowed('performance')).to.equal(true);
    });
  });

  describe('what it hands out', () => {
    it('gives copies of the record, to callers and subscribers alike', () => {
      const {manager} = setUp();
      manager.subscribe((change) => (change.record.granted.performance = true));
      manager.decide({}, ChangeSource.API, 'kk');
      manager.record!.granted.functional = true;
      expect(manager.granted()).to.deep.equal(['essential']);
    });

    it('grants nothing through a polluted Object.prototype', () => {
      const prototype = Object.prototype as Record<string, unknown>;
      prototype.performance = true;
      prototype.marketing = true;
      try {
        const {manager} = setUp();
        manager.decide({functional: true}, ChangeSource.SAVE, 'kk');
        expect(manager.granted()).to.deep.equal(['essential', 'functional']);
        expect(manager.allowed('marketing')).to.equal(false);
      } finally {
        delete prototype.performance;
        delete prototype.marketing;
      }
    });
  });

  describe('services', () => {
    it('allows a service only when its category is granted and the service is not refused', () => {
      const {manager, store} = setUp();
      manager.decide({performance: true}, ChangeSource.SAVE, 'ru', ['clarity', 'clarity']);
      expect(manager.allowed('performance', 'metrika')).to.equal(true);
      expect(manager.allowed('performance', 'clarity')).to.equal(false);
      expect(manager.allowed('functional', 'metrika')).to.equal(false);
      // Exact ids: a part or an extension of a refused id is another service.
      expect(manager.allowed('performance', 'clar')).to.equal(true);
      expect(manager.allowed('performance', 'clarity2')).to.equal(true);
      expect(manager.record!.refused).to.deep.equal(['clarity']);
      expect(store.read()[0]).to.match(/\.ru\.clarity$/);
      // Read back from the store as a new page would.
      expect(setUp(store.read()[0]).manager.allowed('performance', 'clarity')).to.equal(false);
    });

    it('lets every service follow its category in a record written before services existed', () => {
      const time = Math.floor(NOW / 1000);
      const old = `1.0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b.1.essential:1|performance:1|functional:0.${time}.${time}.kk`;
      const {manager, warnings} = setUp(old);
      expect(manager.status).to.equal(ConsentStatus.CURRENT);
      expect(manager.allowed('performance', 'metrika')).to.equal(true);
      expect(manager.allowed('functional', 'youtube')).to.equal(false);
      expect(warnings).to.deep.equal([]);
    });

    it('forgets refusals on a decision that names none', () => {
      const {manager} = setUp();
      manager.decide({performance: true}, ChangeSource.SAVE, 'ru', ['clarity']);
      manager.decide({performance: true}, ChangeSource.ACCEPT_ALL, 'ru');
      expect(manager.allowed('performance', 'clarity')).to.equal(true);
      expect(manager.record).to.not.have.property('refused');
    });
  });
});
