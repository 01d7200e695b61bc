// Classification metrics from a confusion matrix: accuracy, macro-F1, macro-recall.

export interface HeadMetrics {
  count: number;
  accuracy: number;
  macro_f1: number;
  macro_recall: number;
  /** confusion[true][predicted] */
  confusion: number[][];
  per_class: { label: string; support: number; precision: number; recall: number; f1: number }[];
}

export class Confusion {
  readonly matrix: number[][];

  constructor(readonly labels: readonly string[]) {
    this.matrix = labels.map(() => labels.map(() => 0));
  }

  add(truth: number, predicted: number): void {
    this.matrix[truth]![predicted]!++;
  }

  metrics(): HeadMetrics {
    const m = this.matrix;
    const count = m.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
    let correct = 0;
    const per_class = this.labels.map((label, i) => {
      const tp = m[i]![i]!;
      correct += tp;
      const support = m[i]!.reduce((a, b) => a + b, 0);
      const predicted = m.reduce((s, row) => s + row[i]!, 0);
      const precision = predicted > 0 ? tp / predicted : 0;
      const recall = support > 0 ? tp / support : 0;
      const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
      return { label, support, precision, recall, f1 };
    });
    // Macro averages over the classes present in the data.
    const present = per_class.filter((c) => c.support > 0);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    return {
      count,
      accuracy: count > 0 ? correct / count : 0,
      macro_f1: mean(present.map((c) => c.f1)),
      macro_recall: mean(present.map((c) => c.recall)),
      confusion: m.map((row) => [...row]),
      per_class,
    };
  }
}
