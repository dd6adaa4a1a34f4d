"use client";
// A key that changes with every answer from the server action. React 19 resets a form's fields
// after an action to their first defaults (a <select> ignores a changed defaultValue), so a form
// keyed by this remounts with what the user typed, returned in the action's values.
import { useRef } from "react";

export function useFormKey(state: unknown): number {
  const ref = useRef({ state, key: 0 });
  if (ref.current.state !== state) ref.current = { state, key: ref.current.key + 1 };
  return ref.current.key;
}
