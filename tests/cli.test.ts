// The command line, run as a user runs it (the built bin/tinytriage.js).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toTinytriageJson } from "../src/model/format.js";
import { CLI, REFERENCE_MODEL } from "./helpers/paths.js";
import { tinyModel } from "./helpers/tiny-model.js";

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "tinytriage-cli-"));
const M = ["--model", REFERENCE_MODEL];

describe("tinytriage classify", () => {
  it("prints a readable table for a ticket", () => {
    const r = run(["classify", "refund nahi mila yet", ...M]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/text: refund nahi mila yet/);
    expect(r.stdout).toMatch(/intent\s+refund\s+1\.000/);
    expect(r.stdout).toMatch(/summary: +Route to billing/);
  });

  it("prints one JSON object for one text and an array for several", () => {
    const one = JSON.parse(run(["classify", "where is my parcel", ...M, "--format", "json"]).stdout);
    expect(one.intent.label).toBe("order_tracking");
    const many = JSON.parse(run(["classify", "a", "b", ...M, "--format", "json"]).stdout);
    expect(many).toHaveLength(2);
  });

  it("honours --top-k, --debug and -- before a ticket that starts with -", () => {
    const r = JSON.parse(run(["classify", ...M, "--format", "json", "--top-k", "5", "--debug", "--", "-refund please"]).stdout);
    expect(r.intent_top_k).toHaveLength(5);
    expect(r.debug.tokens).toEqual(["refund", "please"]);
    expect(r.debug.features.length).toBeGreaterThan(0);
  });

  it("classifies a JSONL batch, keeps ids, reports bad lines with file:line and keeps going", () => {
    const input = join(dir, "tickets.jsonl");
    const output = join(dir, "out.jsonl");
    writeFileSync(input, ['{"id":"a1","text":"my card was charged twice"}', "{broken", "", '{"id":7}', '{"text":"app crashes on login"}'].join("\n"));
    const r = run(["classify", "--input", input, "--output", output, ...M]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${input}:2: not valid JSON`);
    expect(r.stderr).toContain(`${input}:4: missing "text" field`);
    expect(r.stderr).toMatch(/classified 2 of 4 lines in [\d.]+ s \([\d,]+ lines\/s/);
    const lines = readFileSync(output, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe("a1");
    expect(lines[0].department.label).toBeDefined();
    expect(lines[1]).toEqual({ id: null, line: 2, error: expect.stringMatching(/^not valid JSON/) });
    expect(lines[2]).toMatchObject({ id: 7, line: 4 });
    expect(lines[3].id).toBeNull();
  });

  it("writes compact TSV lines, one per input, from stdin", () => {
    const r = run(["classify", "--input", "-", "--format", "tsv", "--quiet", ...M], '{"id":1,"text":"refund please"}\r\n{"id":2,"text":"love the app"}\n');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => l.split("\t"));
    expect(rows).toHaveLength(2);
    expect(rows[0]![0]).toBe("1");
    expect(rows[0]).toHaveLength(1 + 5 + 1);
    expect(rows[0]![5]).toBe("refund");
    expect(Number(rows[0]![6])).toBeGreaterThan(0.5);
    expect(r.stderr).toBe("");
  });

  it("reads CSV with a text column, quoted fields with commas and newlines", () => {
    const input = join(dir, "tickets.csv");
    writeFileSync(input, '\ufeffticket_id,body\nt1,"refund, please\nasap"\nt2,where is my order\n');
    const r = run(["classify", "--input", input, "--text-column", "body", "--id-column", "ticket_id", "--format", "tsv", ...M]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => l.split("\t"));
    expect(rows.map((x) => x[0])).toEqual(["t1", "t2"]);
    const missing = run(["classify", "--input", input, "--format", "tsv", ...M]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no column "text" \(columns: ticket_id, body\)/);
  });

  it("exits 2 with one clear line on usage errors", () => {
    for (const args of [["classify"], ["classify", "x", "--format", "xml", ...M], ["classify", "x", "--top-k", "0", ...M], ["classify", "--nope"], ["frobnicate"], ["classify", "--input", "/no/such/tickets.jsonl", ...M], ["classify", "--input", dir, ...M]]) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^tinytriage: /);
    }
  });

  it("exits 1 with one clear line for a missing, truncated or non-JSON model", () => {
    const truncated = join(dir, "truncated.json");
    writeFileSync(truncated, readFileSync(REFERENCE_MODEL, "utf8").slice(0, 5000));
    const binary = join(dir, "binary.json");
    writeFileSync(binary, Buffer.from([0, 1, 2, 255, 254]));
    for (const [path, message] of [
      ["/no/such.json", "tinytriage: cannot read model file /no/such.json: no such file"],
      [truncated, "tinytriage: invalid model: not valid JSON ("],
      [binary, "tinytriage: invalid model: not valid JSON ("],
    ] as const) {
      const r = run(["classify", "x", "--model", path]);
      expect(r.code).toBe(1);
      expect(r.stderr.startsWith(message), r.stderr).toBe(true);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("tinytriage model", () => {
  it("describes a model", () => {
    const r = run(["model", "info", REFERENCE_MODEL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/format +reference-v1 v1/);
    expect(r.stdout).toMatch(/parameters +131,386/);
    expect(r.stdout).toMatch(/intent \(softmax\): account_access, billing_issue/);
    const j = JSON.parse(run(["model", "info", REFERENCE_MODEL, "--json"]).stdout);
    expect(j.heads).toHaveLength(5);
    expect(r.stdout).not.toMatch(/sentiment lexicon/);
    expect(r.stdout).not.toMatch(/follows/);
  });

  it("shows which heads follow another (the shipped model's department and lead_intent follow its intent)", () => {
    const r = run(["model", "info"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/department \(softmax, follows intent\): billing/);
    expect(r.stdout).toMatch(/lead_intent \(softmax, follows intent\)/);
    expect(r.stdout).toMatch(/intent \(softmax\): /);
    expect(JSON.parse(run(["model", "info", "--json"]).stdout).heads[0].follows).toBe("intent");
  });

  it("describes a model's sentiment lexicon", () => {
    const file = join(dir, "lexicon-model.json");
    writeFileSync(file, JSON.stringify(toTinytriageJson(tinyModel({ lexicon: true }))));
    const r = run(["model", "info", file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/hashed 64, sentiment lexicon 9 \(7 words, 2 negators\), embedding 6\)/);
  });

  it("quantizes a model into this project's format with the same predictions", () => {
    const out = join(dir, "model.json");
    const q = run(["model", "quantize", REFERENCE_MODEL, out]);
    expect(q.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).format).toBe("tinytriage-model");
    const a = run(["classify", "refund nahi mila", "app crash", ...M, "--format", "tsv"]).stdout;
    const b = run(["classify", "refund nahi mila", "app crash", "--model", out, "--format", "tsv"]).stdout;
    expect(b).toBe(a);
  });
});
