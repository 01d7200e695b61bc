// Options of the bench scripts: --help prints the usage and exits; an unknown or malformed
// option ends the run with one line naming it and the usage, instead of a stack trace.
export function benchArgs<T extends { values: { help?: boolean | undefined } }>(script: string, usage: string, parse: () => T): T {
  let parsed: T;
  try {
    parsed = parse();
  } catch (e) {
    if (!String((e as { code?: unknown }).code ?? "").startsWith("ERR_PARSE_ARGS")) throw e;
    process.stderr.write(`${script}: ${(e as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  return parsed;
}
