"use client";
// Bulk import in two steps: check the file (every row validated, nothing written), then import
// it all or nothing while a progress bar follows the server's streamed progress.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HintAndError } from "@/components/ui/field-shell";
import { importKindLabels, importKinds, importLimits, type ImportKind, type RowError } from "@/lib/admin/import/import-kinds";
import { ImportProblems } from "./import-problems";
import { ImportReady, type Sample } from "./import-ready";
import { ImportResult } from "./import-result";
import { readImportStream } from "./read-import-stream";

type Step =
  | { name: "choose"; error?: { field: "kind" | "file"; message: string } }
  | { name: "checking" }
  | { name: "problems"; errors: RowError[]; rowCount: number }
  | { name: "ready"; rowCount: number; sample: Sample }
  | { name: "importing"; done: number; total: number }
  | { name: "imported"; created: number; passwordLinksEmailed: number };

async function postJson(url: string, body: object): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

export function ImportWizard() {
  const [step, setStep] = useState<Step>({ name: "choose" });
  const [upload, setUpload] = useState<{ kind: ImportKind; csv: string } | null>(null);

  async function check(formData: FormData) {
    const kind = formData.get("kind");
    const file = formData.get("file");
    if (!importKinds.includes(kind as ImportKind)) return setStep({ name: "choose", error: { field: "kind", message: "Select what you are importing" } });
    if (!(file instanceof File) || file.size === 0) return setStep({ name: "choose", error: { field: "file", message: "Select a CSV file" } });
    if (file.size > importLimits.maxBytes) return setStep({ name: "choose", error: { field: "file", message: "The file must be smaller than 5 MB" } });
    const csv = await file.text();
    setUpload({ kind: kind as ImportKind, csv });
    setStep({ name: "checking" });
    const response = await postJson("/api/admin/import/preview", { kind, csv });
    const result = await response.json();
    if (!response.ok) return setStep({ name: "problems", errors: [{ row: 0, column: null, message: result.message }], rowCount: 0 });
    setStep(result.ok ? { name: "ready", rowCount: result.rowCount, sample: result.sample } : { name: "problems", errors: result.errors, rowCount: result.rowCount });
  }

  async function runImport() {
    if (!upload) return;
    setStep({ name: "importing", done: 0, total: step.name === "ready" ? step.rowCount : 0 });
    const response = await postJson("/api/admin/import", upload);
    if (!response.ok || !response.body) {
      const result = await response.json().catch(() => ({ message: "The import failed. Try again." }));
      return setStep({ name: "problems", errors: [{ row: 0, column: null, message: result.message }], rowCount: 0 });
    }
    await readImportStream(response.body, (message) => {
      if (message.type === "progress") setStep({ name: "importing", done: message.done, total: message.total });
      else if (message.type === "done") setStep({ name: "imported", created: message.created, passwordLinksEmailed: message.passwordLinksEmailed });
      else setStep({ name: "problems", errors: message.errors, rowCount: 0 });
    });
  }

  const chooseError = step.name === "choose" ? step.error : undefined;
  const busy = step.name === "checking" || step.name === "importing";
  return (
    <>
      {chooseError && <ErrorSummary items={[{ fieldId: chooseError.field, message: chooseError.message }]} />}
      {step.name === "problems" && <ImportProblems errors={step.errors} rowCount={step.rowCount} />}
      {step.name === "imported" && upload && <ImportResult kind={upload.kind} created={step.created} passwordLinksEmailed={step.passwordLinksEmailed} />}
      {step.name === "ready" && upload && (
        <ImportReady kind={upload.kind} rowCount={step.rowCount} sample={step.sample} onImport={runImport} onCancel={() => setStep({ name: "choose" })} />
      )}
      {step.name === "importing" && (
        <div className="mb-8">
          <label htmlFor="import-progress" className="mb-2 block font-bold">
            Importing
          </label>
          <progress id="import-progress" max={step.total || 1} value={step.done} className="mb-2 block h-6 w-full max-w-xl" />
          <p role="status" aria-live="polite">
            {step.done.toLocaleString("en-GB")} of {step.total.toLocaleString("en-GB")} rows written. Nothing is saved until every row is.
          </p>
        </div>
      )}
      {(step.name === "choose" || step.name === "problems" || step.name === "checking") && (
        <form action={check} noValidate className="max-w-2xl">
          <ChoiceGroup
            id="kind"
            name="kind"
            legend="What are you importing?"
            type="radio"
            choices={importKinds.map((k) => ({ value: k, label: importKindLabels[k] }))}
            selected={upload ? [upload.kind] : []}
            error={chooseError?.field === "kind" ? chooseError.message : undefined}
          />
          <div className={`mb-6 ${chooseError?.field === "file" ? "border-l-[5px] border-error pl-4" : ""}`}>
            <label htmlFor="file" className="mb-1 block font-bold">
              CSV file
            </label>
            <HintAndError
              id="file"
              hint="Comma-separated, with the column names in the first row. Up to 20,000 rows and 5 MB."
              error={chooseError?.field === "file" ? chooseError.message : undefined}
            />
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={chooseError?.field === "file" ? "file-hint file-error" : "file-hint"}
              className="block"
            />
          </div>
          <Button type="submit" disabled={busy}>
            {step.name === "checking" ? "Checking…" : "Check file"}
          </Button>
        </form>
      )}
    </>
  );
}
