// A barrier form's buttons: the save, and after a personal-data warning, "Save anyway" (second,
// so pressing Enter in a field never saves anyway by accident).
import { Button } from "@/components/ui/button";
import { personalDataConfirmedField } from "@/lib/barriers/barrier-form-state";

export function SaveButtons({ label, pending, warned }: { label: string; pending: boolean; warned: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
      {warned && (
        <Button type="submit" variant="secondary" name={personalDataConfirmedField} value="yes" disabled={pending}>
          Save anyway
        </Button>
      )}
    </div>
  );
}
