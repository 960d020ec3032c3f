import { reportName } from "../../../src/brief/article-names.js";
import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { formatDate, hrefArticle } from "../format.js";

export function renderTimeline(brief: Brief): HTMLElement | null {
  const outlets = new Map(brief.articles.map((a) => [a.id, reportName(a)]));
  const events = [...brief.timeline].sort((a, b) => a.date.localeCompare(b.date));
  const items = events.map((event) =>
    h(
      "li",
      {},
      h("time", { datetime: event.date }, formatDate(event.date)),
      h("span", { class: "event" }, event.text),
      ...event.articleIds.map((id) =>
        h(
          "a",
          { href: hrefArticle(id, undefined, undefined, brief.storyId), class: "source-ref" },
          outlets.get(id) ?? id,
        ),
      ),
    ),
  );
  return section("timeline", "Timeline", items.length ? [h("ol", { class: "timeline" }, ...items)] : null);
}
