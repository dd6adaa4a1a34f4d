// Choice lists for the case forms, built from the one label table per value
// (lib/domain/labels.ts), in the order a worker meets them, with hints where they help.
import type { Choice } from "@/components/ui/choice-group";
import {
  closureReasonLabels,
  consentStatusLabels,
  contactKindLabels,
  householdRelationshipLabels,
  declineReasonLabels,
  lawfulBasisLabels,
  noteVisibilityLabels,
  referralUrgencyLabels,
  riskLevelLabels,
} from "@/lib/domain/labels";

function choices<K extends string>(labels: Record<K, string>, hints: Partial<Record<K, string>> = {}): Choice[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value], ...(hints[value] ? { hint: hints[value] } : {}) }));
}

export const contactKindChoices = choices(contactKindLabels);
export const visibilityChoices = choices(noteVisibilityLabels, { OWN_ORGANISATION: "For information other agencies must not see" });
export const riskChoices = choices(riskLevelLabels);
export const consentChoices = choices(consentStatusLabels);
export const lawfulBasisOptions = choices(lawfulBasisLabels);
export const urgencyChoices = choices(referralUrgencyLabels, { SOON: "Within a week", URGENT: "Within one working day" });
export const declineReasonOptions = choices(declineReasonLabels);
export const closureReasonOptions = choices(closureReasonLabels);
export const householdRelationshipOptions = choices(householdRelationshipLabels);
