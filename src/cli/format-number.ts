/** 1234567 → "1,234,567" (without loading locale data, which costs a new process ~10 ms). */
export function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A probability with 4 decimals, "0.9871". */
export function fixed4(p: number): string {
  const n = Math.round(p * 10000);
  if (n >= 10000) return "1.0000";
  return `0.${String(n).padStart(4, "0")}`;
}
