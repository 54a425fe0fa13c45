/** Structured data for search engines; `json` comes from serializeJsonLd, which escapes "<". */
export function JsonLd({ json }: { json: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
