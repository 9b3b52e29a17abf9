/**
 * A token bucket per client, in memory: `perMinute` proofs a minute on average, bursts up to
 * `burst`. A visitor makes a handful of decisions; a loop posting forged proofs is slowed down
 * without a shared store. Behind several server processes each keeps its own buckets.
 * @param {{perMinute: number, burst: number, now?: () => number}} options
 */
export function createRateLimiter({perMinute, burst, now = Date.now}) {
  /** @type {Map<string, {tokens: number, at: number}>} */
  const buckets = new Map();
  const refillPerMs = perMinute / 60_000;
  return {
    /** @returns {number} 0 when `key` may go ahead, else the seconds to wait */
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? {tokens: burst, at: time};
      bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.at) * refillPerMs);
      bucket.at = time;
      // Map order is insertion order: re-inserting keeps the oldest buckets first, to drop.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > 100_000) buckets.delete(buckets.keys().next().value);
      if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
      bucket.tokens -= 1;
      return 0;
    },
  };
}
