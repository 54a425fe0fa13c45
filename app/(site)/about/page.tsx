import type { Metadata } from "next";
import { SitePageArticle } from "@/components/site/site-page-article";
import { site } from "@/lib/platform/site";
import { ABOUT_PATH, getAboutPage } from "@/lib/newsroom/site-pages";
import { paragraphsOf } from "@/lib/validation/site-page";

export async function generateMetadata(): Promise<Metadata> {
  const page = await getAboutPage();
  return { title: page.title, alternates: { canonical: new URL(ABOUT_PATH, site.url).toString() } };
}

export default async function AboutPage() {
  const page = await getAboutPage();
  return <SitePageArticle title={page.title} paragraphs={paragraphsOf(page.body)} />;
}
