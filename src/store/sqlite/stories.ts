import type { Story } from "../../model/index.js";
import { type StoryRow, storyParams, toStory } from "../rows.js";
import type { Page, StoryProfile } from "../store.js";
import type { SqliteDb } from "./database.js";

/** The story area of the SQLite store: stories, their term profiles, redirects and term DF. */
export class SqliteStories {
  constructor(private readonly db: SqliteDb) {}

  private toStory(row: StoryRow): Story {
    const ids = this.db.prepare("SELECT id FROM articles WHERE story_id = ? ORDER BY rowid").all(row.id) as {
      id: string;
    }[];
    return toStory(
      row,
      ids.map((r) => r.id),
    );
  }

  resolveId(id: string): string | null {
    let current = id;
    for (let hops = 0; hops < 100; hops++) {
      const next = this.db.prepare("SELECT to_id FROM story_redirects WHERE from_id = ?").get(current) as
        | { to_id: string }
        | undefined;
      if (!next) break;
      current = next.to_id;
    }
    return this.db.prepare("SELECT 1 FROM stories WHERE id = ?").get(current) ? current : null;
  }

  get(id: string): Story | null {
    const row = this.db.prepare("SELECT * FROM stories WHERE id = ?").get(id) as StoryRow | undefined;
    return row ? this.toStory(row) : null;
  }

  list(page: Page): Story[] {
    const rows = this.db
      .prepare("SELECT * FROM stories ORDER BY coalesce(last_date, updated_at) DESC, id LIMIT ? OFFSET ?")
      .all(page.limit, page.offset) as StoryRow[];
    return rows.map((r) => this.toStory(r));
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM stories").get() as { n: number }).n;
  }

  candidates(terms: string[], limit: number): StoryProfile[] {
    if (terms.length === 0) return [];
    const unique = [...new Set(terms)].slice(0, 500);
    const ids = this.db
      .prepare(
        `SELECT story_id, sum(weight) AS score FROM story_terms WHERE term IN (${unique.map(() => "?").join(",")})
         GROUP BY story_id ORDER BY score DESC LIMIT ?`,
      )
      .all(...unique, limit) as { story_id: string }[];
    const termsOf = this.db.prepare("SELECT term, weight FROM story_terms WHERE story_id = ?");
    const out: StoryProfile[] = [];
    for (const { story_id } of ids) {
      const story = this.get(story_id);
      if (!story) continue;
      const rows = termsOf.all(story_id) as { term: string; weight: number }[];
      out.push({ story, terms: new Map(rows.map((r) => [r.term, r.weight])) });
    }
    return out;
  }

  write(
    profiles: StoryProfile[],
    redirects: { from: string; to: string }[],
    now: string,
    moves: { articleIds: string[]; storyId: string }[] = [],
  ): void {
    const upsert = this.db.prepare(
      `INSERT INTO stories (id, title, first_date, last_date, killed, injured, size, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_date = excluded.first_date,
         last_date = excluded.last_date, killed = excluded.killed, injured = excluded.injured,
         size = excluded.size, updated_at = excluded.updated_at`,
    );
    const clearTerms = this.db.prepare("DELETE FROM story_terms WHERE story_id = ?");
    const addTerm = this.db.prepare("INSERT INTO story_terms (story_id, term, weight) VALUES (?, ?, ?)");
    for (const { story, terms } of profiles) {
      const s = story;
      upsert.run(...storyParams(s, now));
      clearTerms.run(s.id);
      for (const [term, weight] of terms) addTerm.run(s.id, term, weight);
    }
    // stories whose articles this commit moves: their sizes change too
    const left = this.db.prepare("SELECT story_id FROM articles WHERE id = ?");
    const emptiedInto = new Map<string, string>();
    for (const { articleIds, storyId } of moves)
      for (const id of articleIds) {
        const from = (left.get(id) as { story_id: string } | undefined)?.story_id;
        if (from !== undefined && from !== storyId) emptiedInto.set(from, storyId);
      }
    for (const { from, to } of redirects) {
      // another process already merged them the other way round: they are one story already; or the
      // story to fold into is gone since this process read it: its articles must not follow it nowhere
      const target = this.resolveId(to);
      if (target === from || target === null) continue;
      this.db.prepare("INSERT OR REPLACE INTO story_redirects (from_id, to_id) VALUES (?, ?)").run(from, to);
      this.db.prepare("UPDATE articles SET story_id = ? WHERE story_id = ?").run(to, from);
      this.db.prepare("DELETE FROM stories WHERE id = ?").run(from);
      clearTerms.run(from);
    }
    const move = this.db.prepare("UPDATE articles SET story_id = ? WHERE id = ?");
    for (const { articleIds, storyId } of moves) for (const id of articleIds) move.run(storyId, id);
    this.settle([...profiles.map((p) => p.story.id), ...redirects.map((r) => r.to)], emptiedInto);
  }

  /**
   * Keeps the stored stories whole when several processes write: a story another process merged away
   * after this article was placed is not written again (its articles follow the redirect), and each
   * touched story's size and date range are taken from its articles, not from what the writer saw. A
   * story the moves left without articles goes, redirected to the story that took them (`emptiedInto`).
   * A story written again after a merge that leads to no story any more is live again: the redirect goes.
   */
  private settle(storyIds: string[], emptiedInto: Map<string, string>): void {
    const follow = this.db.prepare("UPDATE articles SET story_id = ? WHERE story_id = ?");
    const drop = this.db.prepare("DELETE FROM stories WHERE id = ?");
    const dropTerms = this.db.prepare("DELETE FROM story_terms WHERE story_id = ?");
    const touched = new Set<string>();
    for (const id of new Set([...storyIds, ...emptiedInto.keys()])) {
      const redirected = this.db.prepare("SELECT 1 FROM story_redirects WHERE from_id = ?").get(id);
      const live = redirected ? this.resolveId(id) : id;
      if (live !== null && live !== id) {
        follow.run(live, id);
        drop.run(id);
        dropTerms.run(id);
      }
      // merged into a story gone since: the story written again is live, not a way to nowhere
      if (live === null) this.db.prepare("DELETE FROM story_redirects WHERE from_id = ?").run(id);
      touched.add(live ?? id);
    }
    // size and date range from the articles the story holds now, whoever wrote them
    const count = this.db.prepare(
      `UPDATE stories SET size = (SELECT count(*) FROM articles WHERE story_id = stories.id),
         first_date = (SELECT min(published) FROM articles WHERE story_id = stories.id),
         last_date = (SELECT max(published) FROM articles WHERE story_id = stories.id)
       WHERE id = ?`,
    );
    const size = this.db.prepare("SELECT size FROM stories WHERE id = ?");
    for (const id of touched) {
      count.run(id);
      if ((size.get(id) as { size: number } | undefined)?.size !== 0) continue;
      drop.run(id);
      dropTerms.run(id);
      const into = emptiedInto.get(id);
      if (into !== undefined && this.resolveId(into) !== null)
        this.db
          .prepare("INSERT OR REPLACE INTO story_redirects (from_id, to_id) VALUES (?, ?)")
          .run(id, into);
    }
  }
}
