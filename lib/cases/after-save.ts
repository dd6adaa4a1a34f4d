// After a successful case form: refresh the case page and show it with a confirmation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

export function done(caseId: string, saved: string): never {
  revalidatePath(`/cases/${caseId}`);
  redirect(`/cases/${caseId}?saved=${saved}`);
}
