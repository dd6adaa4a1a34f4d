// Users as a table: name and email, organisation (where the list mixes them), job title, roles, status.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { UserSummary } from "@/lib/admin/users/user-summary";
import { roleLabels } from "@/lib/auth/roles";
import { UserStatusTag } from "../status-tags";

export function UserTable({ caption, users }: { caption: string; users: (UserSummary & { organisationName?: string })[] }) {
  const showOrganisation = users.some((u) => u.organisationName !== undefined);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th scope="col">Name</Th>
          {showOrganisation && <Th scope="col">Organisation</Th>}
          <Th scope="col">Job title</Th>
          <Th scope="col">Roles</Th>
          <Th scope="col">Status</Th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <Th scope="row" className="align-top! font-normal">
              <Link href={`/admin/users/${u.id}`}>{u.name}</Link>
              <span className="block text-base break-all text-secondary-ink">{u.email}</span>
            </Th>
            {showOrganisation && <Td>{u.organisationName}</Td>}
            <Td>{u.jobTitle ?? "—"}</Td>
            <Td>{u.roles.map((r) => roleLabels[r]).join(", ") || "None"}</Td>
            <Td>
              <UserStatusTag deactivated={u.deactivated} awaitingPassword={u.awaitingPassword} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
