import { describe, expect, test } from "vitest";
import {
  bodyDocumentSchema,
  bodyToText,
  hasBodyContent,
  isSafeHref,
  readingMinutes,
  renderBodyHtml,
  sanitizeBodyHtml,
  textToBody,
  type BodyDocument,
  type BodyNode,
} from "./story-body";

const doc = (...content: BodyNode[]): BodyDocument => ({ type: "doc", content });
const paragraph = (...content: BodyNode[]): BodyNode => ({ type: "paragraph", content });
const text = (value: string, marks?: BodyNode["marks"]): BodyNode => ({ type: "text", text: value, marks });
const image = "/media/0190c7a2-6a8e-4f6b-9a53-5d8f3e0a1b2c/w960.webp";

describe("story bodies", () => {
  test("typed text becomes paragraphs, subheadings and quotations", () => {
    const body = textToBody("First paragraph\ncontinues here.\n\n## A subheading\n\n> A quotation.");
    expect(renderBodyHtml(body)).toBe(
      "<p>First paragraph continues here.</p><h2>A subheading</h2><blockquote><p>A quotation.</p></blockquote>",
    );
    expect(bodyToText(body)).toBe("First paragraph continues here.\n\nA subheading\n\nA quotation.");
  });

  test("markup in the text is shown as text, never run", () => {
    const html = renderBodyHtml(textToBody('<img src=x onerror="alert(1)"> and <script>alert(2)</script>'));
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;");
  });

  test("links keep safe addresses only; an unsafe one leaves its words", () => {
    const linked = (href: string) => doc(paragraph(text("here", [{ type: "link", attrs: { href } }])));
    for (const href of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,x",
      "//evil.test",
      "/\\evil.test",
    ]) {
      expect(renderBodyHtml(linked(href))).toBe("<p>here</p>");
    }
    expect(renderBodyHtml(linked("https://example.com/a?b=1&c=2"))).toBe(
      '<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">here</a></p>',
    );
    expect(isSafeHref("/stories/a-story")).toBe(true);
    expect(isSafeHref("mailto:desk@example.com")).toBe(true);
  });

  test("bold, italic, lists and level-3 headings are rendered", () => {
    const body = doc(
      { type: "heading", attrs: { level: 3 }, content: [text("Background")] },
      paragraph(text("Very ", [{ type: "bold" }]), text("much", [{ type: "italic" }])),
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [paragraph(text("one"))] },
          { type: "listItem", content: [paragraph(text("two"))] },
        ],
      },
      {
        type: "orderedList",
        attrs: { start: 3 },
        content: [{ type: "listItem", content: [paragraph(text("three"))] }],
      },
    );
    expect(renderBodyHtml(body)).toBe(
      "<h3>Background</h3><p><strong>Very </strong><em>much</em></p><ul><li><p>one</p></li><li><p>two</p></li></ul>" +
        '<ol start="3"><li><p>three</p></li></ol>',
    );
    expect(bodyToText(body)).toBe("Background\n\nVery much\n\none\ntwo\n\nthree");
  });

  test("figures show a library image with its caption; an unknown address embeds as a link card", () => {
    const body = doc(
      {
        type: "figure",
        attrs: { src: image, alt: 'A "quoted" harbour', width: 960, height: 640 },
        content: [text("The harbour at dawn.")],
      },
      { type: "embed", attrs: { url: "https://video.example.com/watch?v=1", title: "The launch, filmed" } },
    );
    expect(renderBodyHtml(body)).toBe(
      `<figure><img src="${image}" alt="A &quot;quoted&quot; harbour" width="960" height="640" loading="lazy" decoding="async" />` +
        "<figcaption>The harbour at dawn.</figcaption></figure>" +
        '<div class="link-card not-prose"><a class="link-card-link" href="https://video.example.com/watch?v=1" rel="noopener noreferrer nofollow">' +
        '<span class="link-card-title">The launch, filmed</span><span class="link-card-host">video.example.com</span></a></div>',
    );
    expect(bodyToText(body)).toBe(
      "The harbour at dawn.\n\nThe launch, filmed\nhttps://video.example.com/watch?v=1",
    );
    expect(hasBodyContent(doc(body.content[0]!))).toBe(true);
  });

  test("images from elsewhere and embeds of scripts are dropped even if they get past the schema", () => {
    const html = renderBodyHtml(
      doc(
        {
          type: "figure",
          attrs: { src: "https://evil.test/x.png", alt: "x", width: 1, height: 1 },
          content: [text("caption")],
        },
        { type: "embed", attrs: { url: "javascript:alert(1)" } },
        { type: "script", content: [text("alert(1)")] },
      ),
    );
    expect(html).toBe("<p>caption</p>alert(1)");
  });

  test("a provider's address embeds as its player in a box of its shape, with a link to the page", () => {
    const body = doc(
      { type: "embed", attrs: { url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ", title: "Council <b>meeting</b>" } },
      { type: "embed", attrs: { url: "https://x.com/NASA/status/1790456765401243857" } },
    );
    expect(renderBodyHtml(body)).toBe(
      '<figure class="embed"><div class="embed-frame" style="aspect-ratio:16 / 9">' +
        '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video: Council &lt;b&gt;meeting&lt;/b&gt;" loading="lazy" ' +
        'allow="autoplay; encrypted-media; fullscreen; picture-in-picture" allowfullscreen referrerpolicy="strict-origin-when-cross-origin" ' +
        'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation"></iframe></div>' +
        '<figcaption>Council &lt;b&gt;meeting&lt;/b&gt; · <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer">Open on YouTube</a></figcaption></figure>' +
        '<figure class="embed" style="max-width:550px"><div class="embed-frame" style="height:560px">' +
        '<iframe src="https://platform.twitter.com/embed/Tweet.html?id=1790456765401243857&amp;dnt=true" title="X post" loading="lazy" ' +
        'allow="fullscreen" allowfullscreen referrerpolicy="strict-origin-when-cross-origin" ' +
        'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation"></iframe></div>' +
        '<figcaption><a href="https://x.com/NASA/status/1790456765401243857" rel="noopener noreferrer">Open on X</a></figcaption></figure>',
    );
  });

  test("the quotation-shaped cards of stories saved before players existed still sanitise as they were", () => {
    const old =
      '<blockquote class="link-embed"><p><strong>video.example.com</strong></p>' +
      '<p><a href="https://video.example.com/watch?v=1" rel="noopener noreferrer">https://video.example.com/watch?v=1</a></p></blockquote>';
    expect(sanitizeBodyHtml(old)).toBe(old);
  });

  test("reading time is at least a minute", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("word ".repeat(690))).toBe(3);
  });
});

describe("the body schema", () => {
  test("accepts what the editor makes, dropping attributes it does not know", () => {
    const parsed = bodyDocumentSchema.parse(
      doc(
        {
          type: "heading",
          attrs: { level: 2, id: "x" },
          content: [
            text("Title", [
              { type: "link", attrs: { href: "https://a.test", target: "_blank", class: "x" } },
            ]),
          ],
        },
        {
          type: "figure",
          attrs: { src: image, alt: "Harbour", width: 960, height: 640, mediaId: null },
          content: [],
        },
      ),
    );
    expect(parsed.content[0]).toEqual({
      type: "heading",
      attrs: { level: 2 },
      content: [
        { type: "text", text: "Title", marks: [{ type: "link", attrs: { href: "https://a.test" } }] },
      ],
    });
  });

  test("refuses node and mark types the editor never makes", () => {
    for (const node of [
      { type: "iframe", attrs: { src: "https://evil.test" } },
      { type: "codeBlock", content: [text("x")] },
      { type: "heading", attrs: { level: 1 }, content: [text("x")] },
      paragraph(text("x", [{ type: "underline" }])),
      { type: "blockquote", content: [{ type: "script", content: [text("x")] }] },
      { type: "figure", attrs: { src: "https://evil.test/x.png", alt: "x", width: 1, height: 1 } },
      { type: "figure", attrs: { src: image, alt: "", width: 1, height: 1 } },
      { type: "embed", attrs: { url: "javascript:alert(1)" } },
    ]) {
      expect(bodyDocumentSchema.safeParse(doc(node as BodyNode)).success, JSON.stringify(node)).toBe(false);
    }
  });

  test("drops unsafe links but keeps their words", () => {
    const parsed = bodyDocumentSchema.parse(
      doc(
        paragraph(text("here", [{ type: "bold" }, { type: "link", attrs: { href: "javascript:alert(1)" } }])),
      ),
    );
    expect(parsed).toEqual(doc(paragraph({ type: "text", text: "here", marks: [{ type: "bold" }] })));
  });
});
