import { createRandom } from "../../src/train/random.js";

/** Seeded test data: the same seed gives the same data on every run. */
export const rng = createRandom;

export function randomFloats(rand: () => number, n: number, scale = 1): Float32Array {
  return Float32Array.from({ length: n }, () => (rand() * 2 - 1) * scale);
}
