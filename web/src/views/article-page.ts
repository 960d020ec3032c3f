import { api } from "../api.js";
import { h } from "../dom.js";
import { formatDate, formatToll, hrefStory } from "../format.js";

/** The article text with the cited span (`hl=start-end`, offsets in the normalized text) in a <mark>. */
function highlighted(text: string, range: string | null): Node[] {
  const [start, end] = (range ?? "").split("-").map(Number);
  if (start === undefined || end === undefined || !(start >= 0 && end > start && end <= text.length)) {
    return [document.createTextNode(text)];
  }
  return [
    document.createTextNode(text.slice(0, start)),
    h("mark", { class: "evidence", tabindex: -1 }, text.slice(start, end)),
    document.createTextNode(text.slice(end)),
  ];
}

export async function renderArticlePage(
  main: HTMLElement,
  id: string,
  query: URLSearchParams,
): Promise<void> {
  const article = await api.article(id);
  const storyId = query.get("story") ?? article.storyId;
  document.title = `crosscheck: ${article.title ?? article.id}`;
  main.replaceChildren(
    h("p", {}, h("a", { href: hrefStory(storyId), class: "back" }, "← Back to the story")),
    h(
      "article",
      { class: "article" },
      h("h1", { tabindex: -1, id: "article-title" }, article.title ?? article.id),
      h(
        "p",
        { class: "meta" },
        h("span", { class: "outlet" }, article.outlet ?? "unknown outlet"),
        ` · ${[formatDate(article.published), formatToll(article.casualties)].filter(Boolean).join(" · ")}`,
      ),
      article.url && /^https?:\/\//i.test(article.url)
        ? h(
            "p",
            { class: "meta" },
            h("a", { href: article.url, rel: "noopener noreferrer nofollow" }, article.url),
          )
        : null,
      h("div", { class: "article-text", id: "article-text" }, ...highlighted(article.text, query.get("hl"))),
    ),
  );
  const mark = main.querySelector<HTMLElement>("mark.evidence");
  if (mark) {
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  }
}
