// A web address that matches no page: the page frame of its own, as nobody's layout surrounds it.
import type { Metadata } from "next";
import { PageNotFound } from "@/components/layout/page-not-found";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <SiteHeader actor={null} />
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 focus:outline-none">
        <PageNotFound />
      </main>
    </>
  );
}
