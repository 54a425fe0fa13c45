"use client";
import { useRouter } from "next/navigation";
import { ImageUpload } from "./image-upload";

/** Uploading from the media library's page: the new image's page opens, to add its caption. */
export function LibraryUpload() {
  const router = useRouter();
  return <ImageUpload onUploaded={(image) => router.push(`/admin/media/${image.id}?notice=uploaded`)} />;
}
