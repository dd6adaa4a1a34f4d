import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";

// Also what a user sees for a record they may not see: forbidden looks like absent.
export default function NotFound() {
  return (
    <>
      <SiteHeader actor={null} />
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 focus:outline-none">
        <h1 className="mb-6 text-4xl font-bold">Page not found</h1>
        <p className="mb-4">If you typed the web address, check it is correct.</p>
        <p className="mb-4">If you pasted the web address, check you copied the entire address.</p>
        <p>
          <Link href="/">Go to your home page</Link>
        </p>
      </main>
    </>
  );
}
