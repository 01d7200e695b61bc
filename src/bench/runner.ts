// Running a target over a gold set: bounded concurrency, a timeout per request, retries with
// exponential backoff and jitter on 429, 5xx and timeouts (honouring Retry-After), and resume
// (cases answered in a previous run are skipped).
import type { GoldCase } from "./gold.js";
import { HttpFailure, InvalidReply, type Target } from "./providers/types.js";

export interface CaseResult {
  id: string;
  target: string;
  labels?: Record<string, string>;
  error?: string;
  latency_ms: number;
  attempts: number;
  usage?: { inputTokens: number; outputTokens: number };
}

export interface RunOptions {
  concurrency?: number;
  timeoutMs: number;
  retries: number;
  /** First backoff delay; doubles each retry, with ±50% jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Case ids already answered for this target (resume). */
  skip?: ReadonlySet<string>;
  onCase?: (r: CaseResult) => void;
  random?: () => number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function retryable(e: unknown): boolean {
  if (e instanceof HttpFailure) return e.status === 429 || e.status >= 500;
  return (e as Error).name === "TimeoutError" || (e as Error).name === "AbortError" || e instanceof TypeError; // network errors
}

async function one(target: Target, c: GoldCase, o: RunOptions): Promise<CaseResult> {
  const started = performance.now();
  const random = o.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      const p = await target.predict(c.text, AbortSignal.timeout(o.timeoutMs));
      return { id: c.id, target: target.id, labels: p.labels, latency_ms: performance.now() - started, attempts: attempt, ...(p.usage ? { usage: p.usage } : {}) };
    } catch (e) {
      if (e instanceof InvalidReply || !retryable(e) || attempt > o.retries) {
        const message = (e as Error).name === "TimeoutError" ? `timed out after ${o.timeoutMs} ms` : (e as Error).message;
        return { id: c.id, target: target.id, error: message, latency_ms: performance.now() - started, attempts: attempt };
      }
      const backoff = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attempt - 1)) * (0.5 + random());
      const wait = e instanceof HttpFailure && e.retryAfter !== null ? Math.max(e.retryAfter * 1000, 0) : backoff;
      await sleep(Math.min(wait, o.maxDelayMs * 4));
    }
  }
}

/** Runs the cases not skipped; results come back in case order. */
export async function runTarget(target: Target, cases: readonly GoldCase[], o: RunOptions): Promise<{ results: CaseResult[]; seconds: number }> {
  const todo = cases.filter((c) => !o.skip?.has(c.id));
  const results: CaseResult[] = new Array(todo.length);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < todo.length; i = next++) {
      results[i] = await one(target, todo[i]!, o);
      o.onCase?.(results[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? target.concurrency) }, worker));
  return { results, seconds: (performance.now() - started) / 1000 };
}
