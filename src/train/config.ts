// The training config: sources and their weights, synthetic volume, split, features, model
// size and optimizer settings. A config file holds any subset; the rest comes from DEFAULTS.
import { readFileSync } from "node:fs";
import * as v from "valibot";

const num = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const source = v.object({
  type: v.picklist(["banking77", "clinc150", "bitext", "tweet_eval", "hand_labelled", "parquet", "tickets", "corrections"]),
  /** File for parquet / tickets / corrections (hand_labelled: the shipped file unless given). */
  path: v.optional(v.string()),
  /** Mapping table: a built-in name (banking77, clinc150, bitext) or a JSON file path. */
  mapping: v.optional(v.string()),
  weight: v.optional(num(0, 100), 1),
  /** Use at most this many rows (a seeded sample). */
  limit: v.optional(int(1, 10_000_000)),
  /** false: every row trains, none is held out for validation or test (for scarce real tickets). */
  holdout: v.optional(v.boolean(), true),
});

export const configSchema = v.object({
  // The seed (initialization, shuffling, dropout, synthetic rows, split) moves accuracy on real
  // tickets by a few points. Trained on hand-labelled batches 1–10 and scored on 11–16 and
  // 18–20 (mean over the heads), 1 was the best of 1, 2, 3 and 42 at this config's settings and
  // best or within 0.2 of the best in four of five neighbouring configs.
  seed: v.optional(int(0, 2 ** 31), 1),
  data_dir: v.optional(v.string(), "../shared/datasets"),
  sources: v.optional(v.array(source), [
    { type: "banking77", weight: 1 },
    { type: "clinc150", weight: 1 },
    { type: "bitext", weight: 1 },
    { type: "tweet_eval", weight: 0.5, limit: 16000 },
    // The hand-labelled real-style tickets (data/hand-labelled-tickets.jsonl). Trained on
    // batches 1–10 and scored on 11–16 and 18–20 (360 tickets, four seeds, mean over the heads):
    // 83.7 without them, 86.4 / 87.0 / 87.2 at weight 10 / 20 / 40 (intent 74.0 → 77.6 / 79.0
    // / 78.7). 20 is where the gain levels off. They are too few to hold a fifth of them back:
    // trained in full (holdout: false), the same scoring moved from intent 81.9 to 83.1 and from
    // department 88.4 to 89.0 (with batches 1–10, 22–24, 27–29 and 31–35 in training). With
    // far more tickets the balance moved: cross-validation by batch, weight 12 / 20 / 30
    // on 3,204 tickets, intent 79.88 / 80.56 / 80.94; 20 / 30 on 3,684, 80.13 / 80.69.
    { type: "hand_labelled", weight: 30, holdout: false },
  ]),
  synthetic: v.optional(v.object({ count: v.optional(int(0, 1_000_000), 30000), hinglish_share: v.optional(num(0, 1), 0.25), weight: v.optional(num(0, 100), 1) }), {}),
  split: v.optional(v.object({ valid: v.optional(num(0.01, 0.5), 0.1), test: v.optional(num(0.01, 0.5), 0.1) }), {}),
  features: v.optional(
    v.object({
      // 4,000 words: with 2,124 hand-labelled tickets, cross-validation by batch scored intent
      // 78.4 → 79.0 and the mean over the heads 87.21 → 87.42 against 3,000 (development intent
      // 84.0 → 85.3); the file grows from 350 to 379 KB gzipped, inside the 400 KB budget.
      bow_size: v.optional(int(0, 100_000), 4000),
      min_count: v.optional(int(1, 1000), 2),
      embedding_size: v.optional(int(0, 100_000), 2000),
      embedding_dim: v.optional(int(0, 256), 16),
      max_tokens: v.optional(int(1, 4096), 32),
      // Hashed word-bigram and character n-gram buckets. 7,680 instead of 8,192 when the file
      // reached the 400 KB gzipped budget (59 bytes short of it with 4,484 hand-labelled tickets):
      // cross-validation by batch, intent 80.56 → 81.05, mean over the heads 88.34 → 88.47, and
      // 18 KB to spare (4,000 → 3,800 words instead: 81.03 / 88.43, 9 KB to spare).
      buckets: v.optional(int(0, 1 << 22), 7680),
      word_ngrams: v.optional(int(0, 5), 2),
      char_ngram_min: v.optional(int(0, 10), 3),
      char_ngram_max: v.optional(int(0, 10), 5),
      keywords: v.optional(v.array(v.string())),
      // Sentiment lexicon: "vader" (built in), a word<TAB>valence file, or null. Off by default:
      // on hand-written tickets it cost 2 points of sentiment over 3 seeds (LABELS.md calls
      // factual reports of broken or failed things neutral, word polarity calls them negative),
      // while it adds 3 points of TweetEval macro-recall (bench:accuracy).
      sentiment_lexicon: v.optional(v.nullable(v.pipe(v.string(), v.minLength(1, "expected \"vader\", a file path or null"))), null),
      // Each emoji a token of its own (false: emoji are separators, as in models made before).
      keep_emoji: v.optional(v.boolean(), false),
      // Marks negated requests ("don't want a refund" → "don t not_want not_a not_refund"; see
      // src/train/negated-requests.ts). False leaves the words as written, as in older models.
      mark_negated_requests: v.optional(v.boolean(), true),
    }),
    {},
  ),
  model: v.optional(
    v.object({
      hidden: v.optional(v.array(int(1, 4096)), [32]),
      // Heads whose scores follow the intent head's (LABELS.md; run-training.ts FOLLOWS_INTENT,
      // runtime/conditioning.ts). Over four seeds on hand-written tickets: department +1.2
      // (batches 1–12) and +3.8 (batch 13), lead_intent +0.9 and +1.9, against the heads alone.
      follow_intent: v.optional(v.array(v.picklist(["department", "lead_intent"])), ["department", "lead_intent"]),
    }),
    {},
  ),
  training: v.optional(
    v.object({
      epochs: v.optional(int(1, 1000), 20),
      batch_size: v.optional(int(1, 4096), 32),
      learning_rate: v.optional(num(1e-6, 1), 2e-3),
      weight_decay: v.optional(num(0, 1), 1e-4),
      input_dropout: v.optional(num(0, 0.95), 0.6),
      // Tokens dropped from the embedding average of a training example, so that no single word
      // ("login", "delivery", "payment") decides alone. Cross-validation by batch, 0 / 0.2:
      // intent 80.83 / 81.34 on 3,364 tickets, 80.13 / 80.54 on 3,684 (mean over the heads +0.2);
      // with weight 30 against 20 and none, a tie on 4,164 (README, "Weight 30 and token dropout").
      token_dropout: v.optional(num(0, 0.95), 0.2),
      patience: v.optional(int(1, 1000), 5),
      class_weighting: v.optional(v.picklist(["none", "sqrt"]), "sqrt"),
      head_weights: v.optional(v.record(v.string(), num(0, 100)), {}),
    }),
    {},
  ),
});

export type TrainConfig = v.InferOutput<typeof configSchema>;
export type SourceConfig = TrainConfig["sources"][number];

export function parseConfig(json: unknown, where = "config"): TrainConfig {
  const r = v.safeParse(configSchema, json);
  if (r.success) return r.output;
  const issue = r.issues[0];
  const path = v.getDotPath(issue) ?? "";
  throw new Error(`${where}: ${path ? `${path}: ` : ""}${issue.message}`);
}

export function readConfig(path: string | undefined): TrainConfig {
  if (path === undefined) return parseConfig({});
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `not valid JSON (${(e as Error).message})`}`);
  }
  return parseConfig(json, path);
}

/** Keyword phrases flagged by default: the asks and signals LABELS.md names. */
export const DEFAULT_KEYWORDS = [
  "refund", "money back", "charged twice", "double charge", "invoice", "cancel", "unsubscribe", "close my account", "delete my account",
  "not working", "crash", "error", "login", "password", "otp", "locked", "demo", "pricing", "price", "quote", "discount", "upgrade",
  "feature", "integration", "where is my order", "tracking", "late", "not received", "damaged", "wrong item", "change address",
  "thank you", "thanks", "love", "great", "worst", "never again", "switching", "chargeback", "lawyer", "scam",
];
