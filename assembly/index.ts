// The WebAssembly core: every kernel the classifier and the trainer run.
export { alloc } from "./memory";
export { linear_f32, linear_i8 } from "./linear";
export { sparse_linear_f32, sparse_linear_i8 } from "./sparse";
export { embedding_bag_f32, embedding_bag_i8 } from "./embedding";
export { relu, softmax, sigmoid } from "./activations";

// Without a host-provided abort, a failed allocation traps instead of importing env.abort.
function abort(message: usize, file: usize, line: u32, column: u32): void {
  unreachable();
}
