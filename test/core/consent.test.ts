import {expect} from 'chai';
import {decide, isGranted, statusOf} from '../../src/core/consent.js';
import {ConsentStatus} from '../../src/core/types.js';
import type {ConsentConfig, ConsentRecord} from '../../src/core/types.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);
const config: ConsentConfig = {categories: ['essential', 'performance', 'functional'], revision: 2, expiresDays: 365};
const newId = () => '00000000-0000-4000-8000-000000000001';

function recordAt(now: number, choice = {performance: true, functional: false}): ConsentRecord {
  return decide(config, {choice, previous: undefined, now, newId, lang: 'ru'});
}

describe('statusOf', () => {
  it('is missing without a record', () => {
    expect(statusOf(config, undefined, NOW)).to.equal(ConsentStatus.MISSING);
  });

  it('is current for a record of this revision within its lifetime', () => {
    expect(statusOf(config, recordAt(NOW - 364 * DAY), NOW)).to.equal(ConsentStatus.CURRENT);
  });

  it('is stale for a record of another revision', () => {
    expect(statusOf({...config, revision: 3}, recordAt(NOW), NOW)).to.equal(ConsentStatus.STALE);
  });

  it('is stale once expired', () => {
    expect(statusOf(config, recordAt(NOW - 366 * DAY), NOW)).to.equal(ConsentStatus.STALE);
  });

  it('is stale for a record dated in the future', () => {
    expect(statusOf(config, recordAt(NOW + 3 * DAY), NOW)).to.equal(ConsentStatus.STALE);
  });

  it('is stale when the site added a category the visitor was never asked about', () => {
    const withMarketing = {...config, categories: [...config.categories, 'marketing']};
    expect(statusOf(withMarketing, recordAt(NOW), NOW)).to.equal(ConsentStatus.STALE);
  });
});

describe('isGranted', () => {
  it('always grants essential, even without a record', () => {
    expect(isGranted(undefined, ConsentStatus.MISSING, 'essential')).to.equal(true);
  });

  it('grants what a current record grants and nothing else', () => {
    const record = recordAt(NOW);
    expect(isGranted(record, ConsentStatus.CURRENT, 'performance')).to.equal(true);
    expect(isGranted(record, ConsentStatus.CURRENT, 'functional')).to.equal(false);
    expect(isGranted(record, ConsentStatus.CURRENT, 'constructor')).to.equal(false);
  });

  it('grants nothing but essential from a stale record', () => {
    expect(isGranted(recordAt(NOW), ConsentStatus.STALE, 'performance')).to.equal(false);
  });
});

describe('decide', () => {
  it('decides every configured category and always grants essential', () => {
    const record = decide(config, {
      choice: {essential: false, performance: true},
      previous: undefined,
      now: NOW,
      newId,
      lang: 'kk',
    });
    expect(record.granted).to.deep.equal({essential: true, performance: true, functional: false});
    expect(record).to.include({v: 1, revision: 2, lang: 'kk', createdAt: NOW / 1000, updatedAt: NOW / 1000});
  });

  it('keeps the consent id and creation time of the record it replaces', () => {
    const first = recordAt(NOW - DAY);
    const next = decide(config, {choice: {}, previous: first, now: NOW, newId: () => 'other', lang: 'en'});
    expect(next).to.include({id: first.id, createdAt: first.createdAt, updatedAt: NOW / 1000, lang: 'en'});
  });

  it('drops categories the site no longer asks about', () => {
    const record = decide(config, {choice: {marketing: true}, previous: undefined, now: NOW, newId, lang: 'kk'});
    expect(Object.keys(record.granted)).to.deep.equal(['essential', 'performance', 'functional']);
  });
});
