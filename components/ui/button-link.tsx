// A link that looks like a button (GOV.UK "start" or secondary actions that navigate).
import Link from "next/link";

const variants = {
  primary: "bg-success text-white! visited:text-white hover:bg-[#005a30]",
  secondary: "bg-panel text-ink! visited:text-ink hover:bg-[#dbdad9]",
  warning: "bg-error text-white! visited:text-white hover:bg-[#aa2a16]",
} as const;

export function ButtonLink({
  href,
  variant = "secondary",
  children,
}: {
  href: string;
  variant?: keyof typeof variants;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      className={`inline-block px-4 py-2 font-semibold no-underline shadow-[0_2px_0_#002d18] ${variants[variant]}`}
    >
      {children}
    </Link>
  );
}
