// The one authenticator secret every demo account is enrolled with, so the demo works out of the
// box (README, "Demo sign-ins"). It is public: production refuses to start while any active user
// has it, unless GOLDEN_THREAD_DEMO_DATA=allow says the deployment holds only demo data
// (lib/startup-checks.ts).
export const demoTotpSecret = "GOLDENTHREADDEMOONLYNOTFORREAL22";
