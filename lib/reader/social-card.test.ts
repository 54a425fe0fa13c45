import { describe, expect, test } from "vitest";
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH, socialCardPath, socialCardVersion, storyShareImage } from "./social-card";

const site = { name: "Newsroom", url: "https://news.example" };
const story = { slug: "ferry-strike-ends", headline: "Ferry Strike Ends", section: { name: "World" }, heroImage: null };

describe("socialCardVersion", () => {
  test("changes with what the card shows: headline, section and site name", () => {
    const version = socialCardVersion(story, site);
    expect(version).toMatch(/^[\w-]{12}$/);
    expect(socialCardVersion({ ...story }, site)).toBe(version);
    expect(socialCardVersion({ ...story, headline: "Ferry Strike Goes On" }, site)).not.toBe(version);
    expect(socialCardVersion({ ...story, section: null }, site)).not.toBe(version);
    expect(socialCardVersion(story, { name: "The Daily" })).not.toBe(version);
  });

  test("is part of the card's path", () => {
    expect(socialCardPath(story, site)).toBe(`/stories/ferry-strike-ends/social-card.png?v=${socialCardVersion(story, site)}`);
  });
});

describe("storyShareImage", () => {
  test("is the hero image when there is one", () => {
    const heroImage = { src: "/media/a/w1600.webp", width: 1600, height: 900, alt: "A map of the strait" };
    expect(storyShareImage({ ...story, heroImage }, site)).toEqual({
      url: "https://news.example/media/a/w1600.webp",
      width: 1600,
      height: 900,
      alt: "A map of the strait",
      type: "image/webp",
    });
  });

  test("is the social card otherwise, 1200 by 630", () => {
    expect(storyShareImage(story, site)).toEqual({
      url: `https://news.example${socialCardPath(story, site)}`,
      width: SOCIAL_CARD_WIDTH,
      height: SOCIAL_CARD_HEIGHT,
      alt: "Ferry Strike Ends (Newsroom)",
      type: "image/png",
    });
    expect([SOCIAL_CARD_WIDTH, SOCIAL_CARD_HEIGHT]).toEqual([1200, 630]);
  });
});
