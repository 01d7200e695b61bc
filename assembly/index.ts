// The WebAssembly core: every kernel the classifier and the trainer run. Forward kernels and
// their backward pairs live side by side in each file.
export { alloc } from "./memory";
export { linear_f32, linear_i8, linear_backward_f32 } from "./linear";
export { sparse_linear_f32, sparse_linear_i8, sparse_linear_backward_f32 } from "./sparse";
export { embedding_bag_f32, embedding_bag_i8, embedding_bag_backward_f32 } from "./embedding";
export { relu, relu_backward, softmax, softmax_xent_backward, sigmoid, sigmoid_bce_backward } from "./activations";
export { adamw } from "./optimizer";

// Without a host-provided abort, a failed allocation traps instead of importing env.abort.
function abort(message: usize, file: usize, line: u32, column: u32): void {
  unreachable();
}
