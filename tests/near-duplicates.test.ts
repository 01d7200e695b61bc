// Near-copies between a carved validation split and train (the TweetEval benchmark's selection split).
import { describe, expect, it } from "vitest";
import { jaccard, separateNearDuplicates, wordSet } from "../src/bench/near-duplicates.js";

const row = (text: string, label = "neutral") => ({ text, label });

describe("near-duplicates", () => {
  it("compare word sets without case, mentions and URLs", () => {
    expect([...wordSet("@anna Loving the NEW phone http://t.co/x1 #happy")]).toEqual(["loving", "the", "new", "phone", "happy"]);
    expect(jaccard(wordSet("a b c d"), wordSet("a b c e"))).toBeCloseTo(3 / 5);
    expect(jaccard(wordSet(""), wordSet(""))).toBe(1);
  });

  it("move validation rows with a near-copy in train to train, and keep the rest", () => {
    const train = [row("Apple unveils the new iPhone in Cupertino today"), row("rainy monday again, coffee please"), row("what a match by Federer tonight")];
    const valid = [
      row("RT @news: Apple unveils the new iPhone in Cupertino today http://t.co/abc"), // a retweet: same words
      row("Apple shows its new iPhone at a Cupertino event"), // 4 shared of 13 distinct words: kept
      row("Nadal lost in the final, sad evening"),
    ];
    const out = separateNearDuplicates(valid, train);
    expect(out.moved).toBe(1);
    expect(out.valid.map((r) => r.text)).toEqual([valid[1]!.text, valid[2]!.text]);
    expect(out.train).toHaveLength(train.length + 1);
    expect(out.train.at(-1)).toBe(valid[0]);
  });

  it("the threshold decides what counts as a copy", () => {
    const train = [row("the parcel arrived late and damaged")];
    const valid = [row("parcel arrived late and damaged again")];
    expect(separateNearDuplicates(valid, train, 0.5).moved).toBe(1);
    expect(separateNearDuplicates(valid, train, 0.9).moved).toBe(0);
  });
});
