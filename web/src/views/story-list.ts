import { api, type Story, type StoryListItem } from "../api.js";
import { h } from "../dom.js";
import { formatDateRange, formatToll, hrefStory } from "../format.js";

export function storyItem(story: Story | StoryListItem): HTMLLIElement {
  const size = "size" in story ? story.size : story.articleIds.length;
  return h(
    "li",
    { class: "story-item" },
    h("a", { href: hrefStory(story.id), class: "story-link" }, story.title || story.id),
    h(
      "p",
      { class: "meta" },
      h("span", { class: "size" }, `${size} article${size === 1 ? "" : "s"}`),
      " · ",
      h("span", { class: "dates" }, formatDateRange(story.firstDate, story.lastDate)),
      ...(formatToll(story.casualties)
        ? [" · ", h("strong", { class: "toll" }, formatToll(story.casualties))]
        : []),
    ),
  );
}

export async function renderStoryList(main: HTMLElement): Promise<void> {
  const list = h("ol", { class: "stories", id: "story-list" });
  const more = h("button", { type: "button", class: "more" }, "More stories");
  let next: number | null = 0;
  const load = async () => {
    if (next === null) return;
    const page = await api.stories(next);
    list.append(...page.stories.map(storyItem));
    next = page.nextOffset;
    more.hidden = next === null;
    return page.total;
  };
  more.addEventListener("click", () => void load());
  const total = await load();
  document.title = "crosscheck: stories";
  main.replaceChildren(
    h("h1", { tabindex: -1 }, "Stories"),
    h("p", { class: "meta" }, `${total ?? 0} stories, newest first`),
    total ? list : h("p", {}, "No stories yet. Ingest some articles first."),
    more,
  );
}
