// Seeded randomness for training: initialization, shuffling, dropout, synthetic data and
// splits all draw from generators seeded from the config, so a run can be repeated exactly.

/** mulberry32: a small, fast 32-bit generator; returns numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item drawn uniformly. */
export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(items: T[] | Int32Array, random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t as never;
  }
}

/** A generator for a named purpose, derived from the run's seed. */
export function derivedRandom(seed: number, purpose: string): () => number {
  let h = seed >>> 0;
  for (let i = 0; i < purpose.length; i++) h = Math.imul(h ^ purpose.charCodeAt(i), 16777619) >>> 0;
  return createRandom(h);
}
