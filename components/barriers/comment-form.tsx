"use client";
import { useActionState } from "react";
import { useFormKey } from "./use-form-key";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { TextArea } from "@/components/ui/text-area";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { BarrierFormState } from "@/lib/barriers/barrier-form-state";
import type { CommentValues } from "@/lib/barriers/comment-on-barrier";
import { BarrierFormFeedback } from "./barrier-form-feedback";
import { SaveButtons } from "./save-buttons";

type Action = (state: BarrierFormState<CommentValues>, formData: FormData) => Promise<BarrierFormState<CommentValues>>;

export function CommentForm({ action, requestId }: { action: Action; requestId: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formKey = useFormKey(state);
  const { failed, error, summary: items, values } = formFeedback(state, ["body"]);
  return (
    <>
      <BarrierFormFeedback failed={failed} items={items} />
      <form key={formKey} action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || requestId} />
        <TextArea id="body" name="body" label="Add a comment" hint="Progress, a decision taken elsewhere, or another team meeting the same barrier." rows={3} defaultValue={values?.body} error={error("body")} />
        <SaveButtons label="Add comment" pending={pending} warned={Boolean(state && !state.ok && state.personalData?.length)} />
      </form>
    </>
  );
}
