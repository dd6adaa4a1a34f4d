// What the geography forms accept: localities, neighbourhoods and the wards they cover.
import { z } from "zod";
import { plainString } from "@/lib/forms/text";
import { uuid } from "@/lib/domain/uuid";

const expired = "The form has expired: reload the page and try again";

export const localitySchema = z.object({
  id: uuid(expired),
  code: plainString("code")
    .trim()
    .toUpperCase()
    .min(1, "Enter the locality's code")
    .max(20, "Code must be 20 characters or fewer")
    .regex(/^[A-Z0-9-]+$/, "Code must contain only letters, numbers and hyphens, like E08000003"),
  name: plainString("name").trim().min(1, "Enter the locality's name").max(100, "Name must be 100 characters or fewer"),
});
export type LocalityInput = z.input<typeof localitySchema>;

export const neighbourhoodCode = plainString("code")
  .trim()
  .toUpperCase()
  .min(1, "Enter the neighbourhood's code")
  .max(20, "Code must be 20 characters or fewer")
  .regex(/^[A-Z0-9-]+$/, "Code must contain only letters, numbers and hyphens, like MAN-N01");

export const neighbourhoodName = plainString("name")
  .trim()
  .min(1, "Enter the neighbourhood's name")
  .max(100, "Name must be 100 characters or fewer");

export const population = z
  .string()
  .trim()
  .min(1, "Enter the resident population")
  .transform((text) => text.replace(/,/g, ""))
  .pipe(
    z
      .string()
      .regex(/^\d+$/, "Population must be a whole number, like 42000")
      .transform(Number)
      .pipe(z.number().int().max(1_000_000, "Population must be 1,000,000 or fewer")),
  );

export const neighbourhoodSchema = z.object({
  id: uuid(expired),
  code: neighbourhoodCode,
  name: neighbourhoodName,
  localityId: uuid("Select the locality"),
  population,
  wardCodes: z.array(plainString("ward code").max(20, "Select wards from the list")),
});
export type NeighbourhoodInput = z.input<typeof neighbourhoodSchema>;

export const editNeighbourhoodSchema = neighbourhoodSchema.extend({ updatedAt: z.iso.datetime(expired) });
export type EditNeighbourhoodInput = z.input<typeof editNeighbourhoodSchema>;
