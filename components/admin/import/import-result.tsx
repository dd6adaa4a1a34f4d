"use client";
// The import's outcome. For users it offers, once, a CSV of their one-time set-password links
// (they are not kept anywhere they could be shown again).
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { OutcomePanel } from "../outcome-panel";
import { WarningText } from "@/components/ui/warning-text";
import { toCsv } from "@/lib/domain/csv";
import { importKindLabels, type ImportKind } from "@/lib/admin/import/import-kinds";

export type PasswordLink = { email: string; name: string; path: string };

const listPage: Record<ImportKind, string> = {
  organisations: "/admin/organisations",
  users: "/admin/users",
  neighbourhoods: "/admin/geography",
};

function downloadLinks(links: PasswordLink[]) {
  const csv = toCsv([["email", "name", "set_password_link"], ...links.map((l) => [l.email, l.name, new URL(l.path, window.location.origin).toString()])]);
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = "set-password-links.csv";
  a.click();
  URL.revokeObjectURL(url);
}

export function ImportResult({ kind, created, passwordLinks }: { kind: ImportKind; created: number; passwordLinks: PasswordLink[] }) {
  return (
    <OutcomePanel title="Success">
      <p className="mb-4 font-bold">
        {created.toLocaleString("en-GB")} {importKindLabels[kind].toLowerCase()} imported.
      </p>
      {passwordLinks.length > 0 && (
        <>
          <WarningText>
            Download the users&apos; one-time set-password links now: they are shown only this once, and work for 72 hours. Keep the
            file safe and delete it once the links are passed on.
          </WarningText>
          <p className="mb-4">
            <Button type="button" variant="secondary" onClick={() => downloadLinks(passwordLinks)}>
              Download set-password links (CSV)
            </Button>
          </p>
        </>
      )}
      <p>
        <Link href={listPage[kind]}>Go to {importKindLabels[kind].toLowerCase()}</Link>
      </p>
    </OutcomePanel>
  );
}
