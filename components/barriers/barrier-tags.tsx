// A barrier's status, level and review in words (never colour alone).
import { Tag, type TagTone } from "@/components/ui/tag";
import { barrierStatusLabels, escalationLevelLabels } from "@/lib/barriers/labels";
import type { BarrierStatus, EscalationLevel } from "@/lib/generated/prisma/enums";

const statusTones: Record<BarrierStatus, TagTone> = {
  RAISED: "yellow",
  ACCEPTED: "blue",
  IN_ACTION: "blue",
  RESOLVED: "green",
  CLOSED_UNRESOLVED: "grey",
};

export function BarrierStatusTag({ status }: { status: BarrierStatus }) {
  return <Tag tone={statusTones[status]}>{barrierStatusLabels[status]}</Tag>;
}

export function LevelTag({ level }: { level: EscalationLevel }) {
  return <Tag tone={level === "PARTNERSHIP_BOARD" ? "red" : "grey"}>{escalationLevelLabels[level]}</Tag>;
}

export function OverdueTag() {
  return <Tag tone="red">Overdue for review</Tag>;
}
