/**
 * Cleans HTML pasted from a word processor or a web page before the editor
 * parses it: no styles, classes or other attributes, no scripts or embedded
 * documents. The editor's schema then drops every element it does not know.
 */

// Elements whose content is never text a writer meant to paste.
const DROPPED =
  "script, style, meta, link, title, template, iframe, frame, object, embed, svg, math, xml, head";
// The attributes the editor's own parse rules read (and ProseMirror's marker of
// a copy from the editor itself); everything else goes.
const KEPT_ATTRIBUTES = new Set([
  "href",
  "src",
  "alt",
  "width",
  "height",
  "start",
  "data-pm-slice",
  "data-embed-url",
  "data-embed-title",
]);
const keeps = (attribute: Attr) =>
  KEPT_ATTRIBUTES.has(attribute.name.toLowerCase()) ||
  (attribute.name === "class" && attribute.value === "link-embed");

export function cleanPastedHtml(html: string): string {
  // A parsed document is inert: its scripts do not run and its images do not load.
  const document = new DOMParser().parseFromString(html, "text/html");
  document.querySelectorAll(DROPPED).forEach((element) => element.remove());
  // Word's "<o:p>" paragraph marks and other namespaced elements.
  document.body.querySelectorAll("*").forEach((element) => {
    if (element.tagName.includes(":")) {
      element.replaceWith(...Array.from(element.childNodes));
      return;
    }
    for (const attribute of Array.from(element.attributes)) {
      if (!keeps(attribute)) element.removeAttribute(attribute.name);
    }
  });
  return document.body.innerHTML;
}
