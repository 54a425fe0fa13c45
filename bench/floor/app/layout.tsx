// The framework's floor (bench/run.ts): the least a Next.js page can be.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
