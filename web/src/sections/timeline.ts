import { reportName } from "../../../src/brief/article-names.js";
import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { formatDate, hrefArticle } from "../format.js";

export function renderTimeline(brief: Brief): HTMLElement | null {
  // a report cites by its outlet; one with no outlet by its number in the Articles list, named on hover
  const refs = new Map(
    brief.articles.map((a, i) => [a.id, { label: a.outlet ?? `[${i + 1}]`, name: reportName(a) }]),
  );
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
          {
            href: hrefArticle(id, undefined, undefined, brief.storyId),
            class: "source-ref",
            title: refs.get(id)?.name ?? id,
          },
          refs.get(id)?.label ?? id,
        ),
      ),
    ),
  );
  return section("timeline", "Timeline", items.length ? [h("ol", { class: "timeline" }, ...items)] : null);
}
