// The import's outcome. Imported users have each been emailed their one-time set-password link:
// the admin never sees the links.
import Link from "next/link";
import { OutcomePanel } from "../outcome-panel";
import { importKindLabels, type ImportKind } from "@/lib/admin/import/import-kinds";

const listPage: Record<ImportKind, string> = {
  organisations: "/admin/organisations",
  users: "/admin/users",
  neighbourhoods: "/admin/geography",
};

export function ImportResult({ kind, created, passwordLinksEmailed }: { kind: ImportKind; created: number; passwordLinksEmailed: number }) {
  return (
    <OutcomePanel title="Success">
      <p className="mb-4 font-bold">
        {created.toLocaleString("en-GB")} {importKindLabels[kind].toLowerCase()} imported.
      </p>
      {passwordLinksEmailed > 0 && (
        <p className="mb-4">
          We have emailed each of the {passwordLinksEmailed.toLocaleString("en-GB")} users a link to choose their password. Each link
          works once, within 24 hours.
        </p>
      )}
      <p>
        <Link href={listPage[kind]}>Go to {importKindLabels[kind].toLowerCase()}</Link>
      </p>
    </OutcomePanel>
  );
}
