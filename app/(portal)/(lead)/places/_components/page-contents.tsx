// The GOV.UK "contents" pattern for a long dashboard: the overview comes first, and every
// section further down is one link away.
export type ContentsEntry = { href: string; label: string };

export function PageContents({ entries }: { entries: ContentsEntry[] }) {
  return (
    <nav aria-labelledby="contents-heading" className="mb-10">
      <h2 id="contents-heading" className="mb-2 text-xl font-bold">
        Contents
      </h2>
      <ol className="space-y-1">
        {entries.map((entry) => (
          <li key={entry.href} className="before:mr-2 before:content-['—']">
            <a href={entry.href}>{entry.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** At the end of a detailed section, the way back up (GOV.UK "back to top"). */
export function BackToContents() {
  return (
    <p className="mb-12">
      <a href="#contents-heading">Back to contents</a>
    </p>
  );
}
