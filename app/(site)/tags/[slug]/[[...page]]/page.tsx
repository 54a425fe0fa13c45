import { archiveRoute } from "@/app/(site)/_archive/archive-route";

// The first page is /tags/<slug>, older ones /tags/<slug>/before/<cursor>
// (and /after/<cursor> back): every page is rendered once and cached, and
// writes invalidate all of an archive's pages by its cache tag (lib/delivery/cache-tags.ts).
export const revalidate = 3600; // REVALIDATE_SECONDS (lib/reader/stories.ts): a literal, as Next.js requires

export function generateStaticParams() {
  return [];
}

const route = archiveRoute("tags");
export const generateMetadata = route.generateMetadata;
export default route.Page;
