// Reads an import request's body ({ kind, csv }) for the preview and import route handlers.
import "server-only";
import { z } from "zod";
import { bodyText } from "../http/route-guard";
import { importKinds, importLimits, type ImportKind } from "./import-kinds";

const body = z.object({ kind: z.enum(importKinds), csv: z.string() });

export async function readImportRequest(request: Request): Promise<{ kind: ImportKind; csv: string } | { error: string; status: number }> {
  if (!request.headers.get("content-type")?.startsWith("application/json")) return { error: "Send the file as JSON", status: 415 };
  // JSON escaping can make the text larger than the file: allow for it.
  const text = await bodyText(request, importLimits.maxBytes * 2);
  if (text === null) return { error: "The file must be smaller than 5 MB", status: 413 };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: "The request was not understood", status: 400 };
  }
  const parsed = body.safeParse(json);
  return parsed.success ? parsed.data : { error: "Choose what to import and a CSV file", status: 400 };
}
