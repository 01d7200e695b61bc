// CORS: origins allowed by the ALLOWED_ORIGINS variable ("*", or a comma-separated list).

export function allowedOrigin(request: Request, allowed: string | undefined): string | null {
  const origin = request.headers.get("origin");
  if (origin === null || !allowed) return null;
  const list = allowed.split(",").map((s) => s.trim()).filter(Boolean);
  if (list.includes("*")) return "*";
  return list.includes(origin) ? origin : null;
}

export function corsHeaders(origin: string | null): Record<string, string> {
  if (origin === null) return {};
  return { "access-control-allow-origin": origin, ...(origin === "*" ? {} : { vary: "Origin" }), "access-control-expose-headers": "Server-Timing" };
}

export function preflight(origin: string | null): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin),
      "access-control-allow-methods": "GET, POST, OPTIONS",
      "access-control-allow-headers": "Content-Type, Authorization",
      "access-control-max-age": "86400",
    },
  });
}
