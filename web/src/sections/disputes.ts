import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { formatFigure, formatTopic } from "../format.js";
import type { BriefNames } from "../views/story-page.js";

/** What sources disagree on (or revised), each with the written reason. */
export function renderDisputes(brief: Brief, names: BriefNames): HTMLElement | null {
  // conflicts first: they are what a reader must not take at face value
  const disputed = [
    ...brief.findings.filter((f) => f.verdict === "conflict"),
    ...brief.findings.filter((f) => f.verdict === "update"),
  ];
  const items = disputed.map((f) => {
    const values = [...new Set(f.values.map((v) => `${formatFigure(v)} (${v.sourceName})`))];
    return h(
      "li",
      {},
      h("strong", {}, formatTopic(f.topic, names.entity, names.group)),
      f.verdict === "conflict"
        ? " — sources disagree: "
        : f.best
          ? " — the figure changed: "
          : " — the account changed: ",
      values.join("; "),
      f.explanation ? h("p", { class: "why" }, f.explanation) : null,
    );
  });
  return section(
    "disputes",
    "Disputed and revised",
    items.length ? [h("ul", { class: "disputes" }, ...items)] : null,
  );
}
