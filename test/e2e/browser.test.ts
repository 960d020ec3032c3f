import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultServerConfig, startServer } from "../../src/server/index.js";
import { browserSkipReason, buildWebUi, launchChromium, screenshotDir } from "./browser-harness.js";
import { fixtureBackend, fixtureBrief } from "./server-fixture.js";
import {
  hostileArticle,
  postArticles,
  quakeArticles,
  type StoreServer,
  startStoreServer,
} from "./server-store-fixture.js";

if (browserSkipReason) console.warn(browserSkipReason);

describe.skipIf(browserSkipReason !== null)("web UI in chromium", () => {
  let app: StoreServer;
  let browser: Browser;
  let base: string;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), "crosscheck-web-"));
    const webRoot = buildWebUi(webDir);
    app = await startStoreServer({ webRoot });
    base = app.server.url;
    const posted = await postArticles(app.server, [...quakeArticles, hostileArticle]);
    expect(posted.body.ingested).toHaveLength(3);
    browser = await launchChromium();
    mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.dispose();
    rmSync(webDir, { recursive: true, force: true });
  });

  const open = async (path: string, options: { width?: number; dark?: boolean } = {}) => {
    const page = await browser.newPage({
      viewport: { width: options.width ?? 1100, height: 900 },
      colorScheme: options.dark ? "dark" : "light",
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    page.on("dialog", (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(base + path);
    return { page, errors };
  };
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(screenshotDir, name), fullPage: true });

  it("lists stories, searches, opens a story and follows a citation to the highlighted evidence", async () => {
    const { page, errors } = await open("/");
    await page.waitForSelector(".story-link");
    expect(await page.locator(".story-item .toll").first().textContent()).toMatch(/killed|injured/);
    await shot(page, "server-list.png");

    await page.fill("#search-input", "aftershocks");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#search-hits li");
    expect(await page.locator("#search-hits li a").allTextContents()).toEqual([
      "Izmir earthquake toll rises",
    ]);
    expect(await page.locator("#search-hits mark").first().textContent()).toMatch(/aftershocks/i);

    await page.goto(`${base}/#/`);
    await page
      .locator(".story-link", { hasText: /earthquake/i })
      .first()
      .click();
    await page.waitForSelector("#story-title");
    await page.waitForSelector("#figures .citation");
    await shot(page, "server-story.png");

    const citation = page.locator("#figures .citation").first();
    const cited = await citation.getAttribute("title");
    await citation.click();
    const mark = page.locator("mark.evidence");
    await mark.waitFor();
    expect((await mark.textContent())?.trim()).toBe(cited?.trim());
    expect(await page.evaluate(() => document.activeElement?.classList.contains("evidence"))).toBe(true);
    await shot(page, "server-citation.png");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is keyboard navigable: Tab reaches the search box and the first story link", async () => {
    const { page } = await open("/");
    await page.waitForSelector(".story-link");
    const focused: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      focused.push(
        await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || ""),
      );
    }
    expect(focused).toContain("search-input");
    expect(focused).toContain("story-link");
    await page.close();
  });

  it("renders on a phone in dark mode without horizontal overflow", async () => {
    const story = (await (await fetch(`${base}/api/stories`)).json()).stories[0];
    const { page, errors } = await open(`/#/story/${encodeURIComponent(story.id)}`, {
      width: 390,
      dark: true,
    });
    await page.waitForSelector("#story-title");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgb(253, 253, 252)");
    await shot(page, "server-phone-dark.png");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows hostile titles, outlets and text as text and runs none of their scripts", async () => {
    const stored = await (await fetch(`${base}/api/articles/${hostileArticle.id}`)).json();
    const pages = [
      `/#/article/${hostileArticle.id}`,
      `/#/story/${encodeURIComponent(stored.storyId)}`,
      "/#/search?q=convoys",
    ];
    for (const path of pages) {
      const { page, errors } = await open(path);
      await page.waitForSelector("main h1");
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
      expect(await page.locator("main script, main img, main svg[onload], main [onerror]").count()).toBe(0);
      expect(errors).toEqual([]);
      if (path.includes("/article/")) {
        expect(await page.locator("#article-title").textContent()).toBe(stored.title);
        expect(await page.locator(".article .outlet").textContent()).toBe(stored.outlet);
        expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
        await shot(page, "server-hostile.png");
      }
      await page.close();
    }
  });

  it("renders every part of a full brief: summary, figures with chart, map on the offline basemap, graph", async () => {
    const full = await startServer({ ...defaultServerConfig, webRoot: webDir }, fixtureBackend(), {
      host: "127.0.0.1",
      port: 0,
    });
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
    await page.goto(`${full.url}/#/story/${fixtureBrief.storyId}`);
    await page.waitForSelector("#map svg .place");
    const count = (selector: string) => page.locator(selector).count();
    expect(await count("#summary .citation")).toBe(fixtureBrief.summary.length);
    // a summary sentence cites its article by the article's number in the list, as the Markdown does
    expect(await page.locator("#summary .citation").allTextContents()).toEqual(
      fixtureBrief.summary.map(
        (s) => `[${fixtureBrief.articles.findIndex((a) => a.id === s.articleId) + 1}]`,
      ),
    );
    expect(await count("#figures svg.chart circle")).toBe(fixtureBrief.findings[0]!.values.length);
    expect(await count("#disputes li")).toBe(1);
    expect(await count("#timeline li")).toBe(fixtureBrief.timeline.length);
    expect(await count("#map path.land")).toBeGreaterThan(20);
    expect(await page.locator("#map .place text").allTextContents()).toEqual(["Mwanza"]);
    expect(await page.locator("#map li").allTextContents()).toEqual([
      "Mwanza: ferry capsized",
      "Kampala (outside the map)",
      "Tanzania (country)",
    ]);
    expect(await count("#provenance path.edge")).toBe(2);
    expect(await page.locator("#quotes h3").allTextContents()).toEqual(["Amina Juma"]);
    expect(await count("#quotes blockquote")).toBe(2);
    expect(await count("#coverage td.only")).toBe(1);
    await shot(page, "server-full-brief.png");
    expect(errors).toEqual([]);
    await page.close();
    await full.close();
  });
});
