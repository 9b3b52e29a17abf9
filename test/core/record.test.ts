import {expect} from 'chai';
import {parseRecord, pickRecord, serializeRecord} from '../../src/core/record.js';
import type {ConsentRecord} from '../../src/core/types.js';

const record: ConsentRecord = {
  v: 1,
  id: '0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b',
  revision: 3,
  granted: {essential: true, performance: false, functional: true},
  createdAt: 1_763_700_000,
  updatedAt: 1_763_800_000,
  lang: 'kk',
};

describe('serializeRecord', () => {
  it('writes a compact, cookie-safe string', () => {
    const text = serializeRecord(record);
    expect(text).to.equal(
      '1.0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b.3.essential:1|performance:0|functional:1.1763700000.1763800000.kk'
    );
    expect(text).to.match(/^[\w.:|-]+$/);
  });
});

describe('parseRecord', () => {
  it('reads back what serializeRecord wrote', () => {
    expect(parseRecord(serializeRecord(record)).record).to.deep.equal(record);
  });

  it('reads back a BCP 47 language tag a site added', () => {
    for (const lang of ['kk-Latn', 'uz', 'uz-Cyrl-UZ']) {
      expect(parseRecord(serializeRecord({...record, lang})).record?.lang).to.equal(lang);
    }
  });

  const corrupt: [string, string][] = [
    ['an empty string', ''],
    ['JSON', '{"v":1}'],
    ['a record with a field missing', '1.0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b.3.essential:1.1763700000.kk'],
    ['an unknown shape version', serializeRecord(record).replace(/^1\./, '2.')],
    ['a consent id that is not a UUID', serializeRecord({...record, id: 'not-a-uuid'})],
    ['a negative revision', serializeRecord(record).replace('.3.', '.-3.')],
    ['a decision other than 0 or 1', serializeRecord(record).replace('performance:0', 'performance:true')],
    ['a duplicated category', serializeRecord(record).replace('functional:1', 'performance:1')],
    ['a __proto__ key', serializeRecord(record).replace('functional:1', '__proto__:1')],
    ['an update before creation', serializeRecord({...record, updatedAt: 1})],
    ['a time that is not a number', serializeRecord(record).replace('1763800000', 'NaN')],
    ['a language that is not a code', serializeRecord({...record, lang: '<b>'})],
    ['a language tag with an empty subtag', serializeRecord({...record, lang: 'kk--Latn'})],
    ['an oversized value', serializeRecord(record) + 'x'.repeat(2000)],
  ];
  for (const [what, raw] of corrupt) {
    it(`refuses ${what} with a reason, without throwing`, () => {
      const result = parseRecord(raw);
      expect(result.record).to.equal(undefined);
      expect(result.problem).to.be.a('string').and.not.empty;
    });
  }
});

describe('refused services', () => {
  const withServices: ConsentRecord = {...record, refused: ['metrika', 'clarity']};

  it('are an eighth field, only when there are any, so older records read as they were', () => {
    expect(serializeRecord(withServices)).to.equal(`${serializeRecord(record)}.metrika|clarity`);
    expect(serializeRecord({...record, refused: []})).to.equal(serializeRecord(record));
    expect(parseRecord(serializeRecord(record)).record).to.not.have.property('refused');
    expect(parseRecord(serializeRecord(withServices)).record).to.deep.equal(withServices);
  });

  for (const [what, tail] of [
    ['an empty list', '.'],
    ['a duplicated service', '.metrika|metrika'],
    ['an id that is not one', '.Metrika'],
    ['a ninth field', '.metrika.clarity'],
    ['too many services', '.' + Array.from({length: 33}, (_, i) => `s${i}`).join('|')],
  ]) {
    it(`refuses ${what}`, () => {
      expect(parseRecord(serializeRecord(record) + tail).problem).to.be.a('string').and.not.empty;
    });
  }
});

describe('pickRecord', () => {
  const at = (updatedAt: number, performance: boolean) =>
    serializeRecord({...record, updatedAt, granted: {essential: true, performance, functional: performance}});

  it('picks the newest, whatever the order', () => {
    const [older, newer] = [at(1_763_800_000, false), at(1_763_800_001, true)];
    expect(pickRecord([older, newer]).raw).to.equal(newer);
    expect(pickRecord([newer, older]).raw).to.equal(newer);
  });

  it('on a tie picks the one granting least, then the same one whatever the order', () => {
    const [granting, rejecting] = [at(1_763_800_000, true), at(1_763_800_000, false)];
    expect(pickRecord([granting, rejecting]).raw).to.equal(rejecting);
    expect(pickRecord([rejecting, granting]).raw).to.equal(rejecting);
    const other = serializeRecord({
      ...record,
      id: '1b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b',
      granted: {essential: true, performance: true},
    });
    const mine = serializeRecord({...record, granted: {essential: true, functional: true}});
    expect(pickRecord([other, mine]).raw).to.equal(pickRecord([mine, other]).raw);
  });

  it('skips what does not parse, and reports a problem only when nothing does', () => {
    const valid = at(1_763_800_000, false);
    expect(pickRecord(['garbage', valid, undefined])).to.deep.equal({raw: valid, record: parseRecord(valid).record});
    expect(pickRecord(['garbage', 'other']).raw).to.equal('garbage');
    expect(pickRecord(['garbage', 'other']).record).to.equal(undefined);
    expect(pickRecord(['garbage']).problem).to.be.a('string');
    expect(pickRecord([])).to.deep.equal({});
  });
});
