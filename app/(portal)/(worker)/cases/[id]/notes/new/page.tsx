import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseFormPage } from "@/components/cases/case-form-page";
import { NoteForm } from "@/components/cases/note-form";
import { addNoteAction } from "@/lib/cases/actions";
import { loadCaseForm } from "@/lib/cases/case-form-context";
import { maxNoteLength } from "@/lib/cases/schemas";

export const metadata: Metadata = { title: "Add a note or contact" };

export default async function NewNotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const context = await loadCaseForm(id, "addNote");
  if (!context) notFound();
  return (
    <CaseFormPage context={context} title="Add a note or contact">
      <NoteForm action={addNoteAction.bind(null, id)} requestId={randomUUID()} maxLength={maxNoteLength} />
    </CaseFormPage>
  );
}
