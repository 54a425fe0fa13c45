import type { Metadata } from "next";
import { PreviewLinkNotWorking } from "@/components/site/shared-preview-banner";

export const metadata: Metadata = { title: "Preview link not working", robots: { index: false, follow: false } };

/** A preview link that is malformed, tampered with, expired or revoked: one answer for all, a 404. */
export default function PreviewNotFound() {
  return <PreviewLinkNotWorking />;
}
