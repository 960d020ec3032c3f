/** Caches a one-string-argument function; the cache empties itself past `limit` entries. */
export function memoize<T>(fn: (key: string) => T, limit = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
