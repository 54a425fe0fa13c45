/**
 * Which addresses a story may link to or embed. Pure, so the editor in the
 * browser and the renderer on the server apply the same rule.
 */

// Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), and read "/\" as "//".
const hasHiddenCharacters = (value: string) => /[\u0000-\u0020\\]/.test(value);

/** Link targets a reader may follow: web and mail addresses, and paths on this site. */
export function isSafeHref(href: string): boolean {
  if (hasHiddenCharacters(href)) return false;
  if (href.startsWith("/")) return !href.startsWith("//");
  if (href.startsWith("#")) return true;
  try {
    return ["http:", "https:", "mailto:"].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** Addresses an embed may point to: web pages only. */
export function isEmbeddableUrl(url: string): boolean {
  if (hasHiddenCharacters(url)) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** What an editor typed as an address, with https:// added when they left the scheme off. */
export function normaliseTypedUrl(typed: string): string {
  const value = typed.trim();
  if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("/") || value.startsWith("#"))
    return value;
  return `https://${value}`;
}
