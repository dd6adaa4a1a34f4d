"use client";
// Adding or changing a locality: its code and name.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { saveLocalityAction } from "@/lib/admin/geography/actions";
import type { LocalityInput } from "@/lib/admin/geography/schemas";
import { useForm } from "@/components/ui/use-form";

export function LocalityForm({
  action,
  mode,
  initial,
}: {
  action: typeof saveLocalityAction;
  mode: "create" | "update";
  initial: LocalityInput;
}) {
  const form = useForm(action, ["code", "name"]);
  const values = form.values ?? initial;
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="id" value={initial.id} />
        <input type="hidden" name="mode" value={mode} />
        <TextField
          id="code"
          name="code"
          label="Code"
          hint="The ONS local authority district code, like E08000003, or a partnership code"
          widthClass="w-48"
          spellCheck={false}
          defaultValue={values.code}
          error={form.error("code")}
        />
        <TextField id="name" name="name" label="Name" defaultValue={values.name} error={form.error("name")} />
        <Button type="submit" disabled={form.pending}>
          {mode === "create" ? "Add locality" : "Save changes"}
        </Button>
      </form>
    </>
  );
}
