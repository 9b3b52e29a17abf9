import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readConfig, SETTINGS} from '../src/config.js';
import {createRateLimiter} from '../src/rate-limit.js';
import {clientTag} from '../src/visitor.js';

describe('readConfig', () => {
  it('reads each setting from the environment, and a flag of the same name wins', () => {
    const config = readConfig(
      ['--port', '9000', '--allowed-origins', 'https://orta.community/, https://www.orta.community'],
      {
        PORT: '8000',
        RETENTION_DAYS: '30',
        COOKIE_REFRESH: 'true',
        COOKIE_DOMAIN: '.orta.community',
      }
    );
    assert.equal(config.port, 9000);
    assert.equal(config.retentionDays, 30);
    assert.deepEqual(config.allowedOrigins, ['https://orta.community', 'https://www.orta.community']);
    assert.deepEqual(config.cookie, {name: 'kelisim', days: 365, domain: '.orta.community'});
  });

  it('refuses settings that would quietly weaken the records', () => {
    assert.throws(() => readConfig([], {CLIENT_ADDRESS: 'hash'}), /ADDRESS_SALT/);
    assert.throws(() => readConfig([], {CLIENT_ADDRESS: 'full'}), /CLIENT_ADDRESS/);
    assert.throws(() => readConfig([], {ADMIN_TOKEN: 'short'}), /16 characters/);
    assert.throws(() => readConfig([], {RETENTION_DAYS: '-1'}), /whole number/);
    assert.throws(() => readConfig(['--no-such-flag'], {}), /Unknown option/);
  });

  it('lists every setting in --help', () => {
    const {help} = readConfig(['--help'], {});
    for (const [name] of SETTINGS)
      assert.match(help, new RegExp(`--${name.toLowerCase().replaceAll('_', '-')}  ${name}`));
  });
});

describe('createRateLimiter', () => {
  it('lets a burst through, then one proof per refill interval, per client', () => {
    let now = 0;
    const limiter = createRateLimiter({perMinute: 60, burst: 3, now: () => now});
    assert.deepEqual(
      [1, 2, 3, 4].map(() => limiter.take('a')),
      [0, 0, 0, 1]
    );
    assert.equal(limiter.take('b'), 0);
    now += 1000;
    assert.equal(limiter.take('a'), 0);
    assert.equal(limiter.take('a'), 1);
  });
});

describe('clientTag', () => {
  it('keeps only the network part of an address, or a keyed hash, or nothing', () => {
    assert.equal(clientTag('203.0.113.77', {mode: 'truncate'}), '203.0.113.0');
    assert.equal(clientTag('::ffff:203.0.113.77', {mode: 'truncate'}), '203.0.113.0');
    assert.equal(clientTag('2001:db8:abcd:12:1:2:3:4', {mode: 'truncate'}), '2001:db8:abcd::');
    assert.equal(clientTag('2001:db8::1', {mode: 'truncate'}), '2001:db8:0::');
    const hashed = clientTag('203.0.113.77', {mode: 'hash', salt: 'a'});
    assert.equal(hashed, clientTag('203.0.113.77', {mode: 'hash', salt: 'a'}));
    assert.notEqual(hashed, clientTag('203.0.113.77', {mode: 'hash', salt: 'b'}));
    assert.notEqual(hashed, clientTag('203.0.113.78', {mode: 'hash', salt: 'a'}));
    assert.equal(clientTag('203.0.113.77', {mode: 'off'}), '');
  });
});
