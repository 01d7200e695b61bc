// Linear-memory allocation for the host. Weights and scratch buffers are allocated once when a
// model is loaded and live as long as the instance (one instance per loaded model), so a
// bump allocator that never frees is all the core needs.

/** Returns a 16-byte aligned block of `bytes` bytes; memory grows as needed. */
export function alloc(bytes: i32): usize {
  return heap.alloc(<usize>bytes);
}
