/** Fetching an on-demand part again after its code could not be fetched (ui/onDemand.tsx). */

/**
 * The address of the module a failed `import()` could not fetch, as the browser's error names it
 * ("Failed to fetch dynamically imported module: https://…/assets/SearchResults-1a2b.js").
 * Chromium remembers a failed module address and fails every later `import()` of it at once,
 * without asking the server again, so a retry has to ask under a new address.
 */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(https?:\/\/[^\s'"]+?\.m?js)(?:\?[^\s'"]*)?(?=$|[\s'"])/.exec(message);
  return match ? match[1] : null;
}

/** The same module's address with a query the browser has not seen: `?retry=2`. */
export function withRetryMark(url: string, attempt: number): string {
  return `${url}?retry=${attempt}`;
}
