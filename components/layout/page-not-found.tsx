// The "Page not found" message (GOV.UK pattern), also what a user sees for a record they may not
// see: forbidden looks like absent.
import Link from "next/link";

export function PageNotFound() {
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">Page not found</h1>
      <p className="mb-4">If you typed the web address, check it is correct.</p>
      <p className="mb-4">If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link href="/">Go to your home page</Link>
      </p>
    </>
  );
}
