// Runs once when the server starts. Node-only checks live in their own module (the documented
// pattern, so the Edge bundle never sees process.exit).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/startup-checks");
}
