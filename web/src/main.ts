import { h } from "./dom.js";
import { renderArticlePage } from "./views/article-page.js";
import { renderSearchPage } from "./views/search-page.js";
import { renderStoryList } from "./views/story-list.js";
import { renderStoryPage } from "./views/story-page.js";

type View = (main: HTMLElement, arg: string, query: URLSearchParams) => Promise<void>;

const routes: [RegExp, View][] = [
  [/^#\/story\/([^?]+)/, renderStoryPage],
  [/^#\/article\/([^?]+)/, renderArticlePage],
  [/^#\/search/, renderSearchPage],
  [/^(#\/?)?$/, renderStoryList],
];

async function route(): Promise<void> {
  const main = document.getElementById("main");
  if (!main) return;
  const hash = window.location.hash;
  const query = new URLSearchParams(hash.split("?")[1] ?? "");
  const match = routes.map(([re, view]) => [re.exec(hash), view] as const).find(([m]) => m);
  main.replaceChildren(h("p", { class: "loading", role: "status" }, "Loading…"));
  try {
    if (!match) throw new Error("No such page.");
    const [m, view] = match;
    await view(main, decodeURIComponent(m?.[1] ?? ""), query);
  } catch (error) {
    main.replaceChildren(
      h("h1", { tabindex: -1 }, "Something went wrong"),
      h("p", { class: "error", role: "alert" }, error instanceof Error ? error.message : String(error)),
      h("p", {}, h("a", { href: "#/" }, "Back to the stories")),
    );
  }
  const heading = main.querySelector<HTMLElement>("h1");
  if (heading && !document.querySelector("mark.evidence")) heading.focus({ preventScroll: false });
}

function wireSearch(): void {
  const form = document.getElementById("search-form") as HTMLFormElement | null;
  const input = document.getElementById("search-input") as HTMLInputElement | null;
  form?.addEventListener("submit", (event) => {
    event.preventDefault();
    const q = input?.value.trim() ?? "";
    window.location.hash = q ? `#/search?q=${encodeURIComponent(q)}` : "#/";
  });
}

wireSearch();
window.addEventListener("hashchange", () => void route());
void route();
