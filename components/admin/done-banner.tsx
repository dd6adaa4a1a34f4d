// The success banner shown after an admin's change, chosen by the page's ?done= value.
import { NotificationBanner } from "@/components/ui/notification-banner";

export function DoneBanner({ done, messages }: { done: string; messages: Record<string, string> }) {
  const message = messages[done];
  if (!message) return null;
  return (
    <NotificationBanner title="Success">
      <p className="font-bold">{message}</p>
    </NotificationBanner>
  );
}
