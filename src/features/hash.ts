// 32-bit FNV-1a over UTF-16 code units: the hash of vocabulary lookups and hashed n-grams.
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

export function hashSpan(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

export function hashString(s: string): number {
  return hashSpan(s, 0, s.length);
}
