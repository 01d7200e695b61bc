// What every benchmark target implements.

export interface HeadSpec {
  name: string;
  labels: string[];
  descriptions?: Record<string, string>;
}

export interface Prediction {
  labels: Record<string, string>;
  usage?: { inputTokens: number; outputTokens: number };
}

export interface Target {
  /** "local", "openai:gpt-5-mini", … */
  id: string;
  /** Default number of requests in flight. */
  concurrency: number;
  predict(text: string, signal: AbortSignal): Promise<Prediction>;
}

/** A reply that cannot be used: counted as an error for the case, never guessed. */
export class InvalidReply extends Error {
  override name = "InvalidReply";
}

/** An HTTP failure, with the status and any Retry-After the server sent (seconds). */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}
