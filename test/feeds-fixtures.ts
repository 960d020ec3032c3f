/** Feeds and pages written for the feed tests and bench: every sentence here is made up. */

export interface StoryFixture {
  slug: string;
  title: string;
  paragraphs: string[];
  published: string;
}

const PLACES = [
  "Millbrook",
  "Eastwick",
  "Stonehaven",
  "Larchmere",
  "Redfield",
  "Oakport",
  "Fernley",
  "Ashgrove",
];
const EVENTS = [
  "a footbridge",
  "the library roof",
  "a grain store",
  "the tram depot",
  "a school gym",
  "the ferry pier",
];

/** The n-th made-up local story: title, three paragraphs, a date. */
export function storyFixture(n: number): StoryFixture {
  const place = PLACES[n % PLACES.length]!;
  const thing = EVENTS[n % EVENTS.length]!;
  const day = String((n % 28) + 1).padStart(2, "0");
  return {
    slug: `story-${n}`,
    title: `Repairs finish on ${thing} in ${place} (${n})`,
    published: `2024-03-${day}T0${n % 10}:30:00Z`,
    paragraphs: [
      `Crews in ${place} finished work on ${thing} on a ${n % 2 ? "wet" : "bright"} morning, ${n + 3} weeks after the job began.`,
      `The town council said the repairs cost ${(n % 90) + 10} thousand pounds and came in close to the first estimate.`,
      `Residents were asked to report any new damage to the council's works office, which opens at eight each weekday.`,
    ],
  };
}

/** A full article page wrapped in navigation, a cookie banner, a share bar and a footer. */
export function newsPage(story: StoryFixture, outlet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${story.title} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${story.published}">
</head><body>
<header><nav class="menu"><a href="/">Front page</a> <a href="/weather">Weather desk</a> <a href="/jobs">Jobs board</a></nav></header>
<div id="cookie-notice" class="consent"><p>We keep cookies on this device to remember your choices.</p><button type="button">Agree</button></div>
<article><h1>${story.title}</h1>
<div class="social-share"><a href="/share">Share this</a></div>
${story.paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article>
<footer><p>All content copyright the publisher. Contact the newsroom.</p></footer>
</body></html>`;
}

/** An RSS 2.0 feed whose items are teasers linking to `${base}/${slug}`; `bareAmpersand` breaks the XML. */
export function teaserRssFeed(
  base: string,
  stories: StoryFixture[],
  title: string,
  bareAmpersand = true,
): string {
  const items = stories
    .map(
      (
        s,
      ) => `<item><title>${s.title}</title><link>${base}/${s.slug}?from=rss${bareAmpersand ? "&" : "&amp;"}v=1</link>
<pubDate>${new Date(s.published).toUTCString()}</pubDate><description>${s.paragraphs[0]!.slice(0, 60)}…</description></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>${base}/</link>
${items}</channel></rss>`;
}

/** An Atom feed carrying each story's full text. */
export function fullAtomFeed(base: string, stories: StoryFixture[], title: string): string {
  const entries = stories
    .map(
      (
        s,
      ) => `<entry><title>${s.title}</title><id>tag:fixture,2024:${s.slug}</id><link rel="alternate" href="${base}/${s.slug}"/>
<published>${s.published}</published><updated>${s.published}</updated>
<content type="html">${s.paragraphs.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join("")}</content></entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title>
<id>tag:fixture,2024:feed</id><updated>2024-03-30T00:00:00Z</updated>${entries}</feed>`;
}

export function opmlList(feedUrls: string[]): string {
  const outlines = feedUrls.map(
    (url, i) => `<outline text="Feed ${i + 1}" type="rss" xmlUrl="${url.replace(/&/g, "&amp;")}"/>`,
  );
  return `<?xml version="1.0"?><opml version="2.0"><head><title>Followed</title></head><body>${outlines.join("")}</body></opml>`;
}
