// Status tags for admin records: the word, with colour only reinforcing it.
import { Tag, type TagTone } from "@/components/ui/tag";
import { organisationStatusLabels } from "@/lib/domain/labels";
import type { OrganisationStatus } from "@/lib/generated/prisma/enums";
import { agreementStatusLabels, type AgreementDisplayStatus } from "@/lib/admin/labels";

const organisationTones: Record<OrganisationStatus, TagTone> = {
  INVITED: "blue",
  ACTIVE: "green",
  SUSPENDED: "red",
  LEFT: "grey",
};

export function OrganisationStatusTag({ status }: { status: OrganisationStatus }) {
  return <Tag tone={organisationTones[status]}>{organisationStatusLabels[status]}</Tag>;
}

const agreementTones: Record<AgreementDisplayStatus, TagTone> = {
  DRAFT: "blue",
  ACTIVE: "green",
  EXPIRED: "yellow",
  ENDED: "grey",
};

export function AgreementStatusTag({ status }: { status: AgreementDisplayStatus }) {
  return <Tag tone={agreementTones[status]}>{agreementStatusLabels[status]}</Tag>;
}

export function UserStatusTag({ deactivated, awaitingPassword }: { deactivated: boolean; awaitingPassword: boolean }) {
  if (deactivated) return <Tag tone="grey">Deactivated</Tag>;
  if (awaitingPassword) return <Tag tone="yellow">Awaiting password</Tag>;
  return <Tag tone="green">Active</Tag>;
}
