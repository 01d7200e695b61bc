// The multi-task trainer: mini-batch AdamW on the masked, weighted sum of the heads' losses,
// with class weights, input dropout, a linearly decaying learning rate, seeded initialization
// and shuffling, and early stopping on the validation split (never the test split).
import type { CoreExports } from "../runtime/core.js";
import type { Examples, HeadSpec } from "./examples.js";
import { Confusion, type HeadMetrics } from "./metrics.js";
import { Network, type NetworkShape, type TrainPass } from "./network.js";
import { derivedRandom, shuffle } from "./random.js";

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  weightDecay: number;
  /** Probability of dropping each sparse input of a training example. */
  inputDropout: number;
  /** Probability of dropping each token from a training example's embedding average (0: none). */
  tokenDropout?: number;
  /** Epochs without a better validation score before stopping. */
  patience: number;
  seed: number;
  /** Loss weight per head (default 1). */
  headWeights: Record<string, number>;
  /** none: every class 1; sqrt: (mean count / count)^½, capped at 10. */
  classWeighting: "none" | "sqrt";
  /**
   * Keep the parameters of the last epoch instead of the best validation epoch (for a final
   * fit on train + validation with an epoch count chosen before).
   */
  keepLast?: boolean;
}

export interface EpochReport {
  epoch: number;
  epochs: number;
  loss: number;
  validation: Record<string, HeadMetrics>;
  score: number;
  seconds: number;
  best: boolean;
}

export interface TrainResult {
  /** Parameters of the best epoch (copy). */
  params: Float32Array;
  network: Network;
  bestEpoch: number;
  history: Omit<EpochReport, "validation">[];
  validation: Record<string, HeadMetrics>;
}

export function classWeights(ex: Examples, heads: readonly HeadSpec[], mode: TrainOptions["classWeighting"]): Float32Array[] {
  return heads.map((h, hi) => {
    const counts = new Float64Array(h.labels.length);
    for (const l of ex.labels[hi]!) if (l >= 0) counts[l]!++;
    const w = new Float32Array(h.labels.length).fill(1);
    if (mode === "none") return w;
    const present = Array.from(counts).filter((c) => c > 0);
    const mean = present.reduce((a, b) => a + b, 0) / Math.max(1, present.length);
    counts.forEach((c, i) => (w[i] = c > 0 ? Math.min(10, Math.sqrt(mean / c)) : 1));
    return w;
  });
}

/** Per-head metrics of the network on the labelled examples of `ex`. */
export function evaluate(net: Network, ex: Examples, heads: readonly HeadSpec[]): Record<string, HeadMetrics> {
  const confusions = heads.map((h) => new Confusion(h.labels));
  for (let i = 0; i < ex.count; i++) {
    net.predict(ex, i);
    heads.forEach((h, hi) => {
      const truth = ex.labels[hi]![i]!;
      if (truth < 0) return;
      const p = net.probabilities(hi);
      let pred = 0;
      if (h.activation === "sigmoid") pred = p[0]! >= 0.5 ? 1 : 0;
      else for (let k = 1; k < p.length; k++) if (p[k]! > p[pred]!) pred = k;
      confusions[hi]!.add(truth, pred);
    });
  }
  return Object.fromEntries(heads.map((h, hi) => [h.name, confusions[hi]!.metrics()]));
}

/** Mean macro-F1 over the heads with validation labels: the early-stopping score. */
export function validationScore(metrics: Record<string, HeadMetrics>): number {
  const scored = Object.values(metrics).filter((m) => m.count > 0);
  return scored.length ? scored.reduce((s, m) => s + m.macro_f1, 0) / scored.length : 0;
}

export interface TrainHooks {
  onEpoch?: (r: EpochReport) => void;
  /** After each mini-batch: steps done in this epoch, steps per epoch. */
  onStep?: (step: number, steps: number, epoch: number) => void;
}

export function train(core: CoreExports, shape: NetworkShape, trainEx: Examples, validEx: Examples, o: TrainOptions, hooks: TrainHooks = {}): TrainResult {
  const heads = shape.heads;
  const net = new Network(core, shape);
  const averageActive = trainEx.featIds.length / Math.max(1, trainEx.count) + shape.embeddingDim;
  net.initialize(derivedRandom(o.seed, "init"), averageActive);
  const weights = classWeights(trainEx, heads, o.classWeighting);
  const headWeights = heads.map((h) => o.headWeights[h.name] ?? 1);
  const order = Int32Array.from({ length: trainEx.count }, (_, i) => i);
  const shuffleRandom = derivedRandom(o.seed, "shuffle");
  const pass: TrainPass = { scale: 1, classWeights: weights, headWeights, dropout: o.inputDropout, tokenDropout: o.tokenDropout ?? 0, random: derivedRandom(o.seed, "dropout") };
  const stepsPerEpoch = Math.ceil(trainEx.count / o.batchSize);
  const totalSteps = stepsPerEpoch * o.epochs;
  let step = 0;
  let best = -1;
  let bestEpoch = 0;
  let bestParams = new Float32Array(net.paramView());
  let bestValidation: Record<string, HeadMetrics> = {};
  const history: TrainResult["history"] = [];
  let sinceBest = 0;

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const started = performance.now();
    shuffle(order, shuffleRandom);
    let lossSum = 0;
    for (let start = 0; start < trainEx.count; start += o.batchSize) {
      const end = Math.min(trainEx.count, start + o.batchSize);
      pass.scale = 1 / (end - start);
      for (let k = start; k < end; k++) lossSum += net.trainExample(trainEx, order[k]!, pass);
      // Linear decay to 10% of the initial rate over the planned steps.
      const lr = o.learningRate * (1 - 0.9 * (step / totalSteps));
      net.adamStep(lr, o.weightDecay);
      step++;
      hooks.onStep?.(Math.ceil(end / o.batchSize), stepsPerEpoch, epoch);
    }
    const validation = evaluate(net, validEx, heads);
    const score = validationScore(validation);
    const improved = score > best;
    if (improved) {
      best = score;
      bestEpoch = epoch;
      bestParams = new Float32Array(net.paramView());
      bestValidation = validation;
      sinceBest = 0;
    } else sinceBest++;
    const report = { epoch, epochs: o.epochs, loss: lossSum / trainEx.count, validation, score, seconds: (performance.now() - started) / 1000, best: improved };
    history.push({ epoch, epochs: o.epochs, loss: report.loss, score, seconds: report.seconds, best: improved });
    hooks.onEpoch?.(report);
    if (sinceBest >= o.patience) break;
  }
  if (o.keepLast) return { params: new Float32Array(net.paramView()), network: net, bestEpoch: history.length, history, validation: history.length ? evaluate(net, validEx, heads) : {} };
  net.paramView().set(bestParams);
  return { params: bestParams, network: net, bestEpoch, history, validation: bestValidation };
}
