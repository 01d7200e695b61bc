// Buffered output to stdout or a file: batch output is written in large chunks, and the
// process waits for the data to drain before it exits.
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";

export class Sink {
  private chunk = "";
  private readonly stream: Writable;

  constructor(path: string | undefined) {
    this.stream = path === undefined || path === "-" ? process.stdout : createWriteStream(path);
  }

  /** Buffers s; call flush() now and then (after each block of input) to pass it on. */
  write(s: string): void {
    this.chunk += s;
  }

  async flush(): Promise<void> {
    if (this.chunk.length === 0) return;
    const data = this.chunk;
    this.chunk = "";
    if (!this.stream.write(data)) await new Promise<void>((resolve) => this.stream.once("drain", () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.stream === process.stdout) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once("error", reject);
      this.stream.end(() => resolve());
    });
  }
}
