// A spend entry's status in words (and a tone that only reinforces them).
import { Tag, type TagTone } from "@/components/ui/tag";

export type SpendStatusKey = "SPENT" | "WAITING" | "DECLINED" | "REVERSAL" | "REVERSED";

const statuses: Record<SpendStatusKey, { label: string; tone: TagTone }> = {
  SPENT: { label: "Spent", tone: "green" },
  WAITING: { label: "Waiting for approval", tone: "yellow" },
  DECLINED: { label: "Declined", tone: "red" },
  REVERSAL: { label: "Reversal", tone: "grey" },
  REVERSED: { label: "Reversed", tone: "grey" },
};

export function SpendStatusTag({ status }: { status: SpendStatusKey }) {
  return <Tag tone={statuses[status].tone}>{statuses[status].label}</Tag>;
}
