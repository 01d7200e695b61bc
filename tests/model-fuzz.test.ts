// Fuzzing the model loader: mutated copies of valid documents either load, and then classify
// without error to finite probabilities, or are rejected with a ModelFormatError. Nothing may
// crash, hang or return a model that crashes later.
import { describe, expect, it } from "vitest";
import { ModelFormatError } from "../src/model/errors.js";
import { loadModel } from "../src/model/load.js";
import { classifierFromModel } from "../src/runtime/classifier.js";
import type { HeadResult } from "../src/runtime/result.js";
import { coreModule } from "./helpers/core.js";
import { rng } from "./helpers/random.js";
import { tinyModelJson } from "./helpers/tiny-model.js";
import { tinyReferenceDoc } from "./helpers/tiny-reference.js";

type Node = Record<string, unknown> | unknown[];

/** Every (container, key) place in a document. */
function places(doc: unknown, out: [Node, string | number][] = []): [Node, string | number][] {
  if (Array.isArray(doc)) doc.forEach((v, i) => (out.push([doc, i]), places(v, out)));
  else if (typeof doc === "object" && doc !== null) for (const [k, v] of Object.entries(doc)) out.push([doc as Node, k]), places(v, out);
  return out;
}

const WEIRD: unknown[] = [null, true, "", "x", -1, 0, 1, 2.5, 1e9, -1e9, 1e300, Number.NaN, Infinity, [], {}, [1, 2], "AAAA", "////", { type: "relu" }];

function mutate(doc: unknown, rand: () => number): void {
  const all = places(doc);
  const count = 1 + Math.floor(rand() * 3);
  for (let m = 0; m < count; m++) {
    const [container, key] = all[Math.floor(rand() * all.length)]!;
    const c = container as Record<string | number, unknown>;
    const op = rand();
    if (op < 0.25) {
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete c[key];
    } else if (op < 0.6) c[key] = WEIRD[Math.floor(rand() * WEIRD.length)];
    else if (op < 0.8 && typeof c[key] === "number") c[key] = (c[key] as number) + (rand() < 0.5 ? 1 : -1);
    else if (op < 0.9 && typeof c[key] === "string") c[key] = (c[key] as string).slice(0, Math.floor(rand() * (c[key] as string).length));
    else if (Array.isArray(c[key])) (c[key] as unknown[]).push((c[key] as unknown[])[0]);
    else c[key] = structuredClone(c[key]);
  }
}

const TEXTS = ["", "refund nahi mila", "my order 5521 is late!!", "login not working", "a".repeat(5000), "\u0000\ud800 😡 मेरा"];

function fuzz(name: string, make: () => unknown, cases: number, seed: number) {
  it(`${name}: ${cases} mutated documents load or fail cleanly`, () => {
    const rand = rng(seed);
    const module = coreModule("simd");
    let loaded = 0;
    let rejected = 0;
    for (let i = 0; i < cases; i++) {
      const doc = make();
      mutate(doc, rand);
      let model;
      try {
        model = loadModel(doc);
      } catch (e) {
        if (!(e instanceof ModelFormatError)) throw new Error(`case ${i}: ${String(e)}`);
        expect(e.message.length).toBeGreaterThan(0);
        rejected++;
        continue;
      }
      loaded++;
      const classifier = classifierFromModel(model, { core: module, variant: "simd" });
      for (const t of TEXTS) {
        const r = classifier.classify(t);
        for (const h of classifier.info.heads) {
          const head = r[h.name] as HeadResult;
          expect(h.labels).toContain(head.label);
          expect(Number.isFinite(head.confidence)).toBe(true);
        }
      }
    }
    expect(loaded + rejected).toBe(cases);
    expect(rejected).toBeGreaterThan(0);
    expect(loaded).toBeGreaterThan(0);
  });
}

describe("model loader fuzz", () => {
  const tiny = tinyModelJson({ dtype: "i8" });
  const tinyF32 = tinyModelJson({ dtype: "f32", mode: "reference", buckets: 0 });
  const ref = tinyReferenceDoc();
  fuzz("tinytriage-model int8", () => structuredClone(tiny), 500, 101);
  fuzz("tinytriage-model float32", () => structuredClone(tinyF32), 250, 102);
  fuzz("reference v1", () => structuredClone(ref), 500, 103);
});
