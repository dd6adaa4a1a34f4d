// Reads the import's newline-delimited JSON stream, handing each message on as it arrives.
import type { RowError } from "@/lib/admin/import/import-kinds";

export type ImportMessage =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; created: number; passwordLinksEmailed: number }
  | { type: "failed"; errors: RowError[] };

export async function readImportStream(body: ReadableStream<Uint8Array>, onMessage: (message: ImportMessage) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffered += decoder.decode(value, { stream: true });
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) onMessage(JSON.parse(line) as ImportMessage);
      newline = buffered.indexOf("\n");
    }
    if (done) break;
  }
}
