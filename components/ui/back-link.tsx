import Link from "next/link";

export function BackLink({ href, children = "Back" }: { href: string; children?: React.ReactNode }) {
  return (
    <Link href={href} className="mb-6 inline-block">
      <span aria-hidden="true">‹ </span>
      {children}
    </Link>
  );
}
