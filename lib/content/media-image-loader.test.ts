import { describe, expect, test } from "vitest";
import mediaImageLoader from "@/lib/content/media-image-loader";

const id = "0194f3c2-7a1b-7c3d-8e4f-123456789abc";

describe("pictures asked for by width", () => {
  test("the smallest copy at least as wide as the browser wants", () => {
    const src = `/media/${id}/w1600.webp`;
    expect(mediaImageLoader({ src, width: 192 })).toBe(`/media/${id}/w480.webp`);
    expect(mediaImageLoader({ src, width: 480 })).toBe(`/media/${id}/w480.webp`);
    expect(mediaImageLoader({ src, width: 640 })).toBe(`/media/${id}/w960.webp`);
    expect(mediaImageLoader({ src, width: 1080 })).toBe(src);
    expect(mediaImageLoader({ src, width: 3840 })).toBe(src);
  });

  test("never a copy wider than the upload has", () => {
    // An upload 700 pixels wide has copies 480 and 700 wide.
    const src = `/media/${id}/w700.webp`;
    expect(mediaImageLoader({ src, width: 384 })).toBe(`/media/${id}/w480.webp`);
    expect(mediaImageLoader({ src, width: 640 })).toBe(src);
  });

  test("anything else is left as it is", () => {
    expect(mediaImageLoader({ src: "/icon.png", width: 480 })).toBe("/icon.png");
    expect(mediaImageLoader({ src: `/media/${id}/original.jpg`, width: 480 })).toBe(`/media/${id}/original.jpg`);
  });
});
