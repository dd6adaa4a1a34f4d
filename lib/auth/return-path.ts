// Where to go back to after re-authenticating: a path inside the portal, never another site
// (no open redirect through "//evil.example" or "/\evil.example").
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\") || /[\u0000-\u001f]/.test(value)) return "/";
  return value.slice(0, 2000);
}
