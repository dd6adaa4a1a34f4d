"use client";
// The partnership admin's sections, with the current one marked for screen readers too.
import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/admin/organisations", label: "Organisations" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/teams", label: "Teams" },
  { href: "/admin/geography", label: "Geography" },
  { href: "/admin/agreements", label: "Sharing agreements" },
  { href: "/admin/unit-costs", label: "Unit costs" },
  { href: "/admin/import", label: "Import" },
  { href: "/admin/audit", label: "Audit trail" },
  { href: "/admin/access-check", label: "Access checker" },
];

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Partnership administration" className="mb-8 border-b border-border pb-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-base">
        {sections.map((s) => {
          const current = pathname === s.href || pathname.startsWith(`${s.href}/`);
          return (
            <li key={s.href}>
              <Link
                href={s.href}
                aria-current={current ? "page" : undefined}
                className={current ? "font-bold text-ink! no-underline" : ""}
              >
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
