import type { FormState } from "@/lib/actions/form-action";
import type { LibraryImage } from "@/lib/content/media-url";

/** The image an upload action handed back, or null if it handed back something else. */
export function libraryImageFrom(result: FormState["result"]): LibraryImage | null {
  if (!result) return null;
  const { id, src, width, height, alt, credit, caption } = result;
  if (typeof id !== "string" || typeof src !== "string" || typeof alt !== "string") return null;
  if (typeof width !== "number" || typeof height !== "number") return null;
  return {
    id,
    src,
    width,
    height,
    alt,
    credit: typeof credit === "string" ? credit : null,
    caption: typeof caption === "string" ? caption : null,
  };
}
