import { describe, expect, it } from "vitest";
import { storyImageFrom } from "./media-url";

const id = "0190a8d2-7c1e-7a00-8000-000000000001";
const variants = [
  { width: 1600, height: 1067, key: `${id}/w1600.webp` },
  { width: 480, height: 320, key: `${id}/w480.webp` },
  { width: 960, height: 640, key: `${id}/w960.webp` },
];

describe("storyImageFrom", () => {
  it("takes the widest copy by default, with its own size", () => {
    expect(storyImageFrom(variants, "A map")).toEqual({
      src: `/media/${id}/w1600.webp`,
      width: 1600,
      height: 1067,
      alt: "A map",
    });
  });

  it("takes the smallest copy at least as wide as asked", () => {
    expect(storyImageFrom(variants, "A map", 500)?.src).toBe(`/media/${id}/w960.webp`);
    expect(storyImageFrom(variants, "A map", 5000)?.src).toBe(`/media/${id}/w1600.webp`);
  });

  it("leaves out a picture without words for readers or without usable copies", () => {
    expect(storyImageFrom(variants, null)).toBeNull();
    expect(storyImageFrom(variants, "")).toBeNull();
    expect(storyImageFrom(null, "A map")).toBeNull();
    expect(storyImageFrom({}, "A map")).toBeNull();
    expect(storyImageFrom([], "A map")).toBeNull();
    expect(storyImageFrom([{ width: 480, height: 320, key: "../../etc/passwd" }], "A map")).toBeNull();
    expect(storyImageFrom([{ width: "480", height: 320, key: `${id}/w480.webp` }], "A map")).toBeNull();
  });
});
