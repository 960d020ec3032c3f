import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { formatFigure, formatTopic } from "../format.js";
import type { BriefNames } from "../views/story-page.js";

/** What sources disagree on (or revised), each with the written reason. */
export function renderDisputes(brief: Brief, names: BriefNames): HTMLElement | null {
  const disputed = brief.findings.filter((f) => f.verdict === "conflict" || f.verdict === "update");
  const items = disputed.map((f) => {
    const values = [...new Set(f.values.map((v) => `${formatFigure(v)} (${v.sourceName})`))];
    return h(
      "li",
      {},
      h("strong", {}, formatTopic(f.topic, names.entity)),
      f.verdict === "conflict" ? " — sources disagree: " : " — the figure changed: ",
      values.join("; "),
      f.explanation ? h("p", { class: "why" }, f.explanation) : null,
    );
  });
  return section("disputes", "Disputed", items.length ? [h("ul", { class: "disputes" }, ...items)] : null);
}
