// Text typed into a search box. Nothing is cut silently: too long, or holding a control
// character (which PostgreSQL cannot compare), it is not used, and the field says why.
import { controlCharacterMessage, hasControlCharacters } from "./text";

export const maxSearchTextLength = 100;

export function searchText(typed: string, max = maxSearchTextLength): { text: string; error?: string } {
  const text = typed.trim();
  if (text.length > max) return { text: "", error: `Search must be ${max} characters or fewer` };
  if (hasControlCharacters(text)) return { text: "", error: controlCharacterMessage("the search") };
  return { text };
}
