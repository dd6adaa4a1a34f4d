// A request's status and whether it is overdue, as GOV.UK tags (words, never colour alone).
import { Tag } from "@/components/ui/tag";

const statusLabels = { OPEN: "Open", RESPONDED: "Responded", CLOSED: "Closed" } as const;

export function SarStatusTags({ status, overdue }: { status: keyof typeof statusLabels; overdue: boolean }) {
  return (
    <span className="flex flex-wrap gap-2">
      <Tag tone={status === "OPEN" ? "blue" : status === "RESPONDED" ? "green" : "grey"}>{statusLabels[status]}</Tag>
      {overdue && <Tag tone="red">Overdue</Tag>}
    </span>
  );
}

export function daysLeftText(daysLeft: number, status: keyof typeof statusLabels): string {
  if (status !== "OPEN") return "—";
  if (daysLeft === 0) return "Due today";
  if (daysLeft < 0) return `${-daysLeft} ${daysLeft === -1 ? "day" : "days"} overdue`;
  return `${daysLeft} ${daysLeft === 1 ? "day" : "days"} left`;
}
