// Links to the homes of the roles the signed-in user holds.
import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";

const links: { role: Role; href: string; label: string }[] = [
  { role: "FRONTLINE_WORKER", href: "/work", label: "My work" },
  { role: "FRONTLINE_WORKER", href: "/people", label: "Find a person" },
  { role: "FRONTLINE_WORKER", href: "/places/mine", label: "My neighbourhood" },
  { role: "LOCALITY_LEAD", href: "/places", label: "My places" },
  { role: "FRONTLINE_WORKER", href: "/approvals", label: "Approvals" },
  { role: "SUPERVISOR", href: "/supervision", label: "Caseload" },
  { role: "SUPERVISOR", href: "/approvals", label: "Approvals" },
  { role: "PARTNERSHIP_ADMIN", href: "/admin/organisations", label: "Administration" },
  { role: "PARTNERSHIP_ADMIN", href: "/places", label: "Places" },
  { role: "LOCALITY_LEAD", href: "/ledger", label: "Who invests and who saves" },
  { role: "PARTNERSHIP_ADMIN", href: "/ledger", label: "Who invests and who saves" },
  { role: "BUDGET_HOLDER", href: "/ledger", label: "Who invests and who saves" },
  { role: "PARTNERSHIP_ADMIN", href: "/budgets", label: "Budgets" },
  { role: "BUDGET_HOLDER", href: "/budgets", label: "Budgets" },
  { role: "DATA_PROTECTION_OFFICER", href: "/records", label: "Subject access requests" },
];

export function PortalNav({ roles }: { roles: Role[] }) {
  // A lead who is also an admin gets one link to /places.
  const mine = links.filter((l, i) => roles.includes(l.role) && !links.slice(0, i).some((e) => e.href === l.href && roles.includes(e.role)));
  // Barriers are open to everyone in the partnership (lib/access/barrier-policy.ts).
  if (roles.length > 0) mine.push({ role: roles[0], href: "/barriers", label: "Barriers" });
  if (mine.length === 0) return null;
  return (
    <nav aria-label="Main" className="border-b border-border bg-panel">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2">
        {mine.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="font-semibold">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
