// Optional bearer-token authentication, compared in constant time.

/** true when a and b are equal; the time taken depends only on their lengths. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** Whether the request carries "Authorization: Bearer <token>" with the configured token. */
export function authorized(request: Request, token: string): boolean {
  const header = request.headers.get("authorization") ?? "";
  const m = /^Bearer\s+(.+)$/i.exec(header);
  return m !== null && constantTimeEqual(m[1]!.trim(), token);
}
