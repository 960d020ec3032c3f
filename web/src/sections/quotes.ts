import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { hrefArticle } from "../format.js";

/** Quotes grouped by speaker (resolved entity when known, else the name as written). */
export function renderQuotes(brief: Brief): HTMLElement | null {
  const names = new Map(brief.entities.map((e) => [e.id, e.name]));
  const groups = new Map<string, Brief["quotes"]>();
  for (const quote of brief.quotes) {
    const ref = quote.speaker;
    const speaker = (ref?.entityId && names.get(ref.entityId)) || ref?.text || "Unattributed";
    groups.set(speaker, [...(groups.get(speaker) ?? []), quote]);
  }
  const blocks = [...groups].map(([speaker, quotes]) =>
    h(
      "div",
      { class: "speaker" },
      h("h3", {}, speaker),
      ...quotes.map((q) =>
        h(
          "blockquote",
          {},
          h("p", {}, q.quote),
          h(
            "a",
            { href: hrefArticle(q.articleId, q.start, q.end, brief.storyId), class: "citation" },
            "source",
          ),
        ),
      ),
    ),
  );
  return section("quotes", "Quotes", blocks.length ? blocks : null);
}
