import { api } from "../api.js";
import { h, marked } from "../dom.js";
import { formatDate, hrefArticle } from "../format.js";
import { storyItem } from "./story-list.js";

export async function renderSearchPage(
  main: HTMLElement,
  _arg: string,
  query: URLSearchParams,
): Promise<void> {
  const q = query.get("q") ?? "";
  const input = document.getElementById("search-input") as HTMLInputElement | null;
  if (input) input.value = q;
  const result = await api.search(q);
  document.title = `crosscheck: search ${q}`;
  const articles = result.articles.map((hit) =>
    h(
      "li",
      { class: "hit" },
      h("a", { href: hrefArticle(hit.id, undefined, undefined, hit.storyId) }, hit.title || hit.id),
      h("p", { class: "meta" }, `${hit.outlet ?? "unknown outlet"} · ${formatDate(hit.published)}`),
      h("p", { class: "snippet" }, ...marked(hit.snippet)),
    ),
  );
  main.replaceChildren(
    h("h1", { tabindex: -1 }, "Search: ", h("q", {}, q)),
    h("h2", {}, `Stories (${result.stories.length})`),
    result.stories.length
      ? h("ol", { class: "stories" }, ...result.stories.map(storyItem))
      : h("p", {}, "None."),
    h("h2", {}, `Articles (${result.articles.length})`),
    articles.length
      ? h("ol", { class: "hits", id: "search-hits" }, ...articles)
      : h("p", {}, "No article matches."),
  );
}
