// This classifier, in process.
import type { Classifier } from "../../runtime/classifier.js";
import type { HeadResult } from "../../runtime/result.js";
import type { Target } from "./types.js";

export function localTarget(classifier: Classifier): Target {
  return {
    id: "local",
    concurrency: 1,
    async predict(text) {
      const r = classifier.classify(text);
      return { labels: Object.fromEntries(classifier.info.heads.map((h) => [h.name, (r[h.name] as HeadResult).label])) };
    },
  };
}
