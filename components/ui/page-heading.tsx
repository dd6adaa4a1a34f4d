export function PageHeading({ caption, children }: { caption?: string; children: React.ReactNode }) {
  return (
    <div className="mb-8">
      {caption && <p className="mb-1 text-xl text-secondary-ink">{caption}</p>}
      <h1 className="text-4xl font-bold">{children}</h1>
    </div>
  );
}
