"use client";
// Shown instead of a stack trace when something unexpected fails; nothing technical leaks.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="mb-6 text-4xl font-bold">Sorry, there is a problem with the service</h1>
      <p className="mb-4">Try again. Anything you had already saved has been kept.</p>
      <button type="button" onClick={reset} className="cursor-pointer bg-panel px-4 py-2 font-semibold">
        Try again
      </button>
    </main>
  );
}
