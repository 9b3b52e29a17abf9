// Property tests of the untrusted-cookie path: whatever the cookie holds, parsing never throws,
// never grants what a valid record does not, and anything invalid means "ask again".
import {expect} from 'chai';
import fc from 'fast-check';
import {ConsentManager} from '../../src/core/consent-manager.js';
import {parseRecord, serializeRecord} from '../../src/core/record.js';
import {ConsentStatus} from '../../src/core/types.js';
import type {ConsentConfig, ConsentRecord} from '../../src/core/types.js';
import {memoryStore} from '../../src/storage/memory-store.js';

const RUNS = 10_000;
const NOW = Date.UTC(2026, 10, 22);
const config: ConsentConfig = {categories: ['essential', 'performance', 'functional'], revision: 1, expiresDays: 365};

const categoryId = fc.stringMatching(/^[a-z][a-z0-9]{0,31}$/);
const validRecord: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: fc.uuid({version: 4}),
    revision: fc.integer({min: 0, max: 99_999_999_999}),
    granted: fc.dictionary(categoryId, fc.boolean(), {minKeys: 1, maxKeys: 32}),
    createdAt: fc.integer({min: 0, max: 9_999_999_999}),
    age: fc.integer({min: 0, max: 99_999_999}),
    lang: fc.stringMatching(/^[a-z]{2,3}$/),
  })
  .map(({age, ...record}) => ({v: 1 as const, ...record, updatedAt: record.createdAt + age}));

/** Records this site's config can act on: its revision, its categories, recent. */
const currentRecord: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: fc.uuid({version: 4}),
    granted: fc.record({essential: fc.constant(true), performance: fc.boolean(), functional: fc.boolean()}),
    daysAgo: fc.integer({min: 0, max: 364}),
    lang: fc.constantFrom('kk', 'ru', 'en'),
  })
  .map(({daysAgo, ...record}) => {
    const time = Math.floor(NOW / 1000) - daysAgo * 86_400;
    return {v: 1 as const, ...record, revision: 1, createdAt: time, updatedAt: time};
  });

/** Valid records cut, spliced, re-encoded and stuffed with hostile values. */
const tampered = fc.oneof(
  fc.string({maxLength: 300}),
  fc.string({unit: 'binary', maxLength: 300}),
  fc.oneof(validRecord, currentRecord).chain((record) => {
    const text = serializeRecord(record);
    return fc.oneof(
      fc.nat(text.length).map((end) => text.slice(0, end)),
      fc
        .tuple(fc.nat(text.length), fc.string({maxLength: 8}))
        .map(([at, insert]) => text.slice(0, at) + insert + text.slice(at)),
      fc
        .tuple(fc.nat(Math.max(0, text.length - 1)), fc.string({minLength: 1, maxLength: 1}))
        .map(([at, char]) => text.slice(0, at) + char + text.slice(at + 1)),
      fc.constantFrom(
        encodeURIComponent(text),
        JSON.stringify(record),
        text.replace('essential', '__proto__'),
        text.replace('essential', 'constructor'),
        text.replace(/^1\./, '2.'),
        text.replace(/^1\./, '1.1.'),
        text.replace(/\.(\d+)\.(\d+)\.([a-z]+)$/, '.NaN.Infinity.$3'),
        text.replace(/:(0|1)/g, ':true'),
        text + '|performance:1',
        text.replaceAll('.', '..'),
        text.padEnd(4096, 'x')
      )
    );
  })
);

describe('parseRecord (property tests)', () => {
  it(`reads back every valid record exactly (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        expect(parseRecord(serializeRecord(record)).record).to.deep.equal(record);
      }),
      {numRuns: RUNS}
    );
  });

  it(`never throws, and accepts only canonical records, on tampered input (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(tampered, (raw) => {
        const result = parseRecord(raw);
        if (result.record) {
          // Anything accepted is exactly a record Kelisim could have written: no partial grant.
          expect(serializeRecord(result.record)).to.equal(raw);
        } else {
          expect(result.problem).to.be.a('string').and.not.empty;
        }
      }),
      {numRuns: RUNS}
    );
  });

  it('refuses values near the 4 KB cookie limit rather than reading a part of them', () => {
    const record = serializeRecord({
      v: 1,
      id: '0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b',
      revision: 1,
      granted: {performance: true},
      createdAt: 1,
      updatedAt: 1,
      lang: 'kk',
    });
    for (const raw of [record + '.'.repeat(4000), record.padEnd(4000, 'x'), '1.'.repeat(2000)]) {
      expect(parseRecord(raw).record).to.equal(undefined);
    }
  });
});

describe('ConsentManager on an untrusted cookie (property test)', () => {
  it(`grants a category only when a current, valid record grants it (${RUNS} cases)`, () => {
    const warn = () => {};
    fc.assert(
      fc.property(fc.oneof(tampered, currentRecord.map(serializeRecord)), (raw) => {
        const manager = new ConsentManager(config, memoryStore(raw), {now: () => NOW, newId: () => 'x', warn});
        const {record} = parseRecord(raw);
        for (const category of ['performance', 'functional', 'marketing', 'constructor', '__proto__']) {
          const allowed = manager.allowed(category);
          if (allowed) {
            expect(manager.status).to.equal(ConsentStatus.CURRENT);
            expect(record?.granted[category]).to.equal(true);
            expect(Object.hasOwn(record!.granted, category)).to.equal(true);
          }
        }
        if (!record) {
          expect(manager.status).to.equal(ConsentStatus.MISSING);
          return;
        }
        // A record of this revision, from the past year, deciding every category: it is acted on.
        const age = NOW / 1000 - record.updatedAt;
        const decidesAll = ['performance', 'functional'].every((id) => Object.hasOwn(record.granted, id));
        if (record.revision === 1 && age >= 0 && age <= 365 * 86_400 && decidesAll) {
          expect(manager.allowed('performance')).to.equal(record.granted.performance);
          expect(manager.allowed('functional')).to.equal(record.granted.functional);
        }
      }),
      {numRuns: RUNS}
    );
  });
});
