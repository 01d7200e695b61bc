// Heads whose output follows another head's. For a head conditioned on a source head,
//   P(label) = Σ_s P_source(s) · q(label | s)
// where q puts all of s's mass on the labels s allows, split by the head's own scores when it
// allows several (renormalized over them). The result is a distribution that agrees with the
// source head: with LABELS.md's routing, "refund" at 0.9 makes billing at least 0.9. On the
// hand-written tickets this beat the department head's own scores in every seed tried.
import type { Head } from "../model/types.js";

interface Conditioned {
  offset: number;
  sourceOffset: number;
  /** For each source label, the allowed label indices of this head. */
  allowed: Int32Array[];
  scratch: Float64Array;
}

export class HeadConditioning {
  private readonly conditioned: Conditioned[];

  /** `offsets[i]` is where head i's probabilities start in the stacked probabilities. */
  constructor(heads: readonly Head[], offsets: readonly number[]) {
    this.conditioned = [];
    heads.forEach((h, i) => {
      const c = h.conditionedOn;
      if (!c) return;
      const si = heads.findIndex((x) => x.name === c.head);
      const source = heads[si]!;
      this.conditioned.push({
        offset: offsets[i]!,
        sourceOffset: offsets[si]!,
        allowed: source.labels.map((s) => Int32Array.from(c.allowed[s]!, (l) => h.labels.indexOf(l))),
        scratch: new Float64Array(h.labels.length),
      });
    });
  }

  /** Rewrites the conditioned heads' probabilities in `probs` (stacked, as the engine holds them); allocates nothing. */
  apply(probs: Float32Array): void {
    for (let ci = 0; ci < this.conditioned.length; ci++) {
      const c = this.conditioned[ci]!;
      const out = c.scratch.fill(0);
      for (let s = 0; s < c.allowed.length; s++) {
        const ps = probs[c.sourceOffset + s]!;
        const allowed = c.allowed[s]!;
        if (allowed.length === 1) {
          out[allowed[0]!]! += ps;
          continue;
        }
        let z = 0;
        for (let k = 0; k < allowed.length; k++) z += probs[c.offset + allowed[k]!]!;
        for (let k = 0; k < allowed.length; k++) {
          const a = allowed[k]!;
          out[a]! += z > 0 ? (ps * probs[c.offset + a]!) / z : ps / allowed.length;
        }
      }
      for (let l = 0; l < out.length; l++) probs[c.offset + l] = out[l]!;
    }
  }
}
