// Ends a browser test run with one plain line, "N passed, N failed, N skipped", counting each
// test once by its final outcome; a test that passed only on its retry is also named as flaky.
import type { FullResult, Reporter, TestCase } from "@playwright/test/reporter";

export default class SummaryReporter implements Reporter {
  private readonly tests = new Set<TestCase>();

  onTestEnd(test: TestCase): void {
    this.tests.add(test);
  }

  onEnd(_result: FullResult): void {
    const outcomes = [...this.tests].map((t) => t.outcome());
    const count = (...o: string[]) => outcomes.filter((x) => o.includes(x)).length;
    const flaky = count("flaky");
    if (flaky > 0) process.stdout.write(`\n${flaky} flaky (passed on retry): ${[...this.tests].filter((t) => t.outcome() === "flaky").map((t) => t.title).join("; ")}\n`);
    process.stdout.write(`\n${count("expected", "flaky")} passed, ${count("unexpected")} failed, ${count("skipped")} skipped\n`);
  }
}
