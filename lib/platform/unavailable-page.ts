/**
 * The page a reader gets while the database does not answer (proxy.ts): the
 * masthead and a few words in the site's type, from a string, so that it
 * needs neither the database nor a render.
 */

/** How long a browser, a crawler or a load balancer is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 15;

export const UNAVAILABLE_HEADING = "We will be right back";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function unavailablePage(siteName: string): string {
  const name = escapeHtml(siteName);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${UNAVAILABLE_HEADING} | ${name}</title>
<style>
:root { color-scheme: light dark; }
body { margin: 0; background: #fff; color: #171717; font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; -webkit-font-smoothing: antialiased; }
header { border-bottom: 4px double #171717; }
.masthead, main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1rem; }
.masthead a { font-family: Georgia, Cambria, "Times New Roman", Times, serif; font-size: 2.25rem; font-weight: 900; letter-spacing: -0.025em; color: inherit; text-decoration: none; }
main { max-width: 42rem; padding-top: 4rem; padding-bottom: 6rem; }
h1 { font-family: Georgia, Cambria, "Times New Roman", Times, serif; font-size: 2.25rem; line-height: 1.15; margin: 0; }
p { margin: 1rem 0 0; line-height: 1.6; color: #404040; }
a { color: #1d4ed8; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  body { background: #0a0a0a; color: #f5f5f5; }
  header { border-color: #e5e5e5; }
  p { color: #d4d4d4; }
  a { color: #60a5fa; }
}
</style>
</head>
<body>
<header><div class="masthead"><a href="/">${name}</a></div></header>
<main id="main">
<h1>${UNAVAILABLE_HEADING}</h1>
<p>This page cannot be shown just now: the newsroom's database is not answering. Nothing is lost, and it usually takes no more than a minute.</p>
<p><a href="">Try this page again</a> in a moment, or go on to <a href="/">the front page</a>, which may still be at hand.</p>
</main>
</body>
</html>
`;
}
