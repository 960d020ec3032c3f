/** Elements that are page furniture, never article text. */
const CHROME_SELECTOR = [
  "nav",
  "footer",
  "aside",
  "form",
  "dialog",
  "noscript",
  "iframe",
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="banner"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-modal="true"]',
  "[hidden]",
].join(",");

/** id/class/aria-label words that mark consent banners, share bars, newsletter boxes and the like. */
const CHROME_NAME =
  /(?:^|[\s_-])(cookies?|consent|gdpr|cmp|privacy-banner|newsletter|subscribe|social|share|sharing|breadcrumbs?|related|recommended|promo|advert|ads?|paywall|site-header|site-footer|menu|skip-link)(?:$|[\s_-])/i;

/** Furniture is short; a long block is kept even when its class looks like chrome. */
const MAX_CHROME_TEXT = 1_500;

function holdsArticle(element: Element): boolean {
  return (
    element.matches("article, main, [role=main]") ||
    element.querySelector("article, main, [role=main]") !== null
  );
}

/**
 * Removes navigation, cookie/consent banners, footers, share bars and similar furniture from a page
 * before article extraction, so their text cannot end up in the article.
 */
export function stripPageChrome(document: Pick<Document, "querySelectorAll" | "body">): void {
  for (const element of [...document.querySelectorAll(CHROME_SELECTOR)]) {
    if (!holdsArticle(element)) element.remove();
  }
  for (const element of [...(document.body?.querySelectorAll("[id], [class], [aria-label]") ?? [])]) {
    if (!element.isConnected) continue;
    const names = [element.id, element.getAttribute("class"), element.getAttribute("aria-label")].join(" ");
    if (!CHROME_NAME.test(names)) continue;
    if (holdsArticle(element) || (element.textContent ?? "").length > MAX_CHROME_TEXT) continue;
    element.remove();
  }
}
