import type { BriefArticle } from "../model/brief.js";

type Named = Pick<BriefArticle, "id" | "title" | "lead">;

/** Words of a first sentence kept to name an untitled article. */
const LEAD_WORDS = 12;

/** An untitled article's name: its first sentence, cut after `LEAD_WORDS` words. */
export function leadOf(firstSentence: string | undefined): string | null {
  const words = (firstSentence ?? "").split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length <= LEAD_WORDS) return words.join(" ");
  return `${words
    .slice(0, LEAD_WORDS)
    .join(" ")
    .replace(/[,;:]$/, "")}…`;
}

/** How a brief names an article: its title, else its opening words, else its id. */
export const articleTitle = (a: Named): string => a.title ?? a.lead ?? a.id;

/** How a brief names the report a statement comes from: its outlet, else the article's name. */
export const reportName = (a: Named & Pick<BriefArticle, "outlet">): string => a.outlet ?? articleTitle(a);
