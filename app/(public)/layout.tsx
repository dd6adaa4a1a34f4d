import { SiteHeader } from "@/components/layout/site-header";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader actor={null} />
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 focus:outline-none">
        {children}
      </main>
    </>
  );
}
