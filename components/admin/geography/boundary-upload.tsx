"use client";
// Uploading a boundary file. It goes to a route handler (boundaries can exceed the 1 MB a server
// action accepts); the file is checked in the browser for size first, then fully on the server.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HintAndError } from "@/components/ui/field-shell";
import { boundaryLimits } from "@/lib/domain/geojson";

export function BoundaryUpload({ neighbourhoodId }: { neighbourhoodId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(formData: FormData) {
    const file = formData.get("boundary");
    if (!(file instanceof File) || file.size === 0) return setError("Select a GeoJSON file");
    if (file.size > boundaryLimits.maxBytes) return setError("The file must be smaller than 2 MB");
    setPending(true);
    try {
      const response = await fetch(`/api/admin/geography/neighbourhoods/${neighbourhoodId}/boundary`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: await file.text(),
      });
      const result = (await response.json().catch(() => null)) as { ok: boolean; message?: string } | null;
      if (result?.ok) {
        setError(null);
        router.push(`/admin/geography/neighbourhoods/${neighbourhoodId}?done=boundary`);
        router.refresh();
      } else {
        setError(result?.message ?? "The boundary could not be saved. Try again.");
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <ErrorSummary items={error ? [{ fieldId: "boundary", message: error }] : []} />
      <form action={upload} noValidate>
        <div className={`mb-6 ${error ? "border-l-[5px] border-error pl-4" : ""}`}>
          <label htmlFor="boundary" className="mb-1 block font-bold">
            Upload a boundary
          </label>
          <HintAndError
            id="boundary"
            hint="A GeoJSON file (.geojson or .json) holding one Polygon or MultiPolygon in longitude and latitude (WGS84), smaller than 2 MB and with at most 50,000 points."
            error={error ?? undefined}
          />
          <input
            id="boundary"
            name="boundary"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-describedby={error ? "boundary-hint boundary-error" : "boundary-hint"}
            aria-invalid={error ? true : undefined}
            className="block"
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Uploading…" : "Upload boundary"}
        </Button>
      </form>
    </>
  );
}
