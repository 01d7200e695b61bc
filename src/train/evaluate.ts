// Evaluating a model through the inference engine on labelled rows: per head accuracy,
// macro-F1 and confusion matrix, and the same broken down by source and by tag.
import type { Classifier } from "../runtime/classifier.js";
import type { HeadResult } from "../runtime/result.js";
import { Confusion, type HeadMetrics } from "./metrics.js";

export interface GoldRow {
  text: string;
  labels: Partial<Record<string, string>>;
  source?: string;
  tags?: string[];
}

export interface Evaluation {
  count: number;
  heads: Record<string, HeadMetrics>;
  /** Rows whose every labelled head is right. */
  exact_match: number;
  by_source: Record<string, Record<string, { count: number; accuracy: number; macro_f1: number }>>;
  by_tag: Record<string, Record<string, { count: number; accuracy: number; macro_f1: number }>>;
}

export function evaluateRows(classifier: Classifier, rows: readonly GoldRow[]): Evaluation {
  const heads = classifier.info.heads;
  const confusion = (group: Map<string, Confusion[]>, key: string) => {
    let c = group.get(key);
    if (!c) group.set(key, (c = heads.map((h) => new Confusion(h.labels))));
    return c;
  };
  const overall = heads.map((h) => new Confusion(h.labels));
  const bySource = new Map<string, Confusion[]>();
  const byTag = new Map<string, Confusion[]>();
  const index = heads.map((h) => new Map(h.labels.map((l, i) => [l, i])));
  let exact = 0;
  let counted = 0;
  for (const row of rows) {
    const result = classifier.classify(row.text);
    let all = true;
    let any = false;
    heads.forEach((h, hi) => {
      const truth = row.labels[h.name];
      if (truth === undefined) return;
      const t = index[hi]!.get(truth);
      if (t === undefined) return;
      const p = index[hi]!.get((result[h.name] as HeadResult).label)!;
      any = true;
      if (p !== t) all = false;
      overall[hi]!.add(t, p);
      if (row.source) confusion(bySource, row.source)[hi]!.add(t, p);
      for (const tag of row.tags ?? []) confusion(byTag, tag)[hi]!.add(t, p);
    });
    if (any) {
      counted++;
      if (all) exact++;
    }
  }
  const summarize = (group: Map<string, Confusion[]>) =>
    Object.fromEntries(
      // Natural order, so "batch-10" follows "batch-9"; a fixed locale keeps it deterministic.
      [...group.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true })).map((k) => [
        k,
        Object.fromEntries(
          heads
            .map((h, hi) => [h.name, group.get(k)![hi]!.metrics()] as const)
            .filter(([, m]) => m.count > 0)
            .map(([name, m]) => [name, { count: m.count, accuracy: m.accuracy, macro_f1: m.macro_f1 }]),
        ),
      ]),
    );
  return {
    count: rows.length,
    heads: Object.fromEntries(heads.map((h, hi) => [h.name, overall[hi]!.metrics()])),
    exact_match: counted > 0 ? exact / counted : 0,
    by_source: summarize(bySource),
    by_tag: summarize(byTag),
  };
}
