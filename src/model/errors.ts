/** A model file that cannot be used; `path` names the offending field ("heads.intent.weight"). */
export class ModelFormatError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(path ? `${path}: ${detail}` : detail);
    this.name = "ModelFormatError";
  }
}

export function fail(path: string, detail: string): never {
  throw new ModelFormatError(path, detail);
}
