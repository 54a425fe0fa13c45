import type { Metadata } from "next";
import { site } from "@/lib/platform/site";
import "./globals.css";

export const metadata: Metadata = {
  // Images and links Next.js makes from metadata files (the site's social card) are absolute on SITE_URL.
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
