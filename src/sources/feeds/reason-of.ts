/** An error's message without a leading "<url>: " (the problem already names the item). */
export function reasonOf(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message;
}
