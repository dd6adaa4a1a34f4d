// GOV.UK notification banner: confirms something was saved, announced politely.
export function NotificationBanner({ title = "Success", children }: { title?: string; children: React.ReactNode }) {
  return (
    <div role="status" className="mb-8 border-[5px] border-success">
      <p className="bg-success px-4 py-1 font-bold text-white">{title}</p>
      <div className="p-4 text-xl font-bold">{children}</div>
    </div>
  );
}
