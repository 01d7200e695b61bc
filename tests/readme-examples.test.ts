// The README's command-line examples print what the shipped model prints: a newcomer who pastes
// them sees the same output, and a retrained model that changes an answer fails here until the
// README is brought up to date.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLI, ROOT } from "./helpers/paths.js";

const README = readFileSync(`${ROOT}README.md`, "utf8");

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: ROOT });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

/** The double-quoted arguments of a shell line such as `npx tinytriage classify "a" "b" --format tsv`. */
function shellArgs(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

describe("README examples", () => {
  it("the first command's output is what `classify` prints with the shipped model", () => {
    const command = README.match(/^npm ci && npx tinytriage (classify .+)$/m);
    expect(command, "the README's first command").not.toBeNull();
    const shown = README.match(/Output of the first command:\n\n```\n([\s\S]*?)```/);
    expect(shown, "the output block after the first command").not.toBeNull();
    expect(cli(shellArgs(command![1])).trimEnd()).toBe(shown![1].trimEnd());
  });

  it("every `$ npx tinytriage classify …` example prints the lines shown under it", () => {
    const examples = [...README.matchAll(/^\$ npx tinytriage (classify .+)\n([\s\S]*?)```/gm)];
    expect(examples.length).toBeGreaterThan(0);
    for (const [, command, shown] of examples) {
      expect(cli(shellArgs(command)).trimEnd(), command).toBe(shown.trimEnd());
    }
  });
});
