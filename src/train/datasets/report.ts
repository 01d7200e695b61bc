// What a load did: rows read, kept and skipped (by reason), and the first problems as
// "file:line: reason" lines. Nothing is dropped silently.

export class SourceReport {
  rowsRead = 0;
  rowsKept = 0;
  readonly skipped = new Map<string, number>();
  readonly problems: string[] = [];

  constructor(
    readonly source: string,
    private readonly warn: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
    private readonly maxShown = 10,
  ) {}

  /** A row that cannot be used: counted under `reason`, reported as file:line. */
  skip(file: string, line: number, reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
    const message = `${file}:${line}: ${reason}`;
    this.problems.push(message);
    if (this.problems.length <= this.maxShown) this.warn(message);
    else if (this.problems.length === this.maxShown + 1) this.warn(`${this.source}: more problems not shown (see the load summary)`);
  }

  summary(): { source: string; rows_read: number; rows_kept: number; rows_skipped: Record<string, number> } {
    return { source: this.source, rows_read: this.rowsRead, rows_kept: this.rowsKept, rows_skipped: Object.fromEntries([...this.skipped].sort()) };
  }

  line(): string {
    const skipped = [...this.skipped].map(([r, n]) => `${n} ${r}`).join(", ");
    return `${this.source}: ${this.rowsRead} read, ${this.rowsKept} kept${skipped ? `, skipped: ${skipped}` : ""}`;
  }
}

/** A text with the source's own label, before mapping to the house schema. */
export interface SourceRow {
  text: string;
  /** The source's label(s): one label for most datasets, head → label for ticket files. */
  label: string;
  labels?: Record<string, string>;
  weight?: number;
  /** Source-specific annotations (Bitext's linguistic flags). */
  flags?: string;
  file: string;
  line: number;
  split?: string;
}
