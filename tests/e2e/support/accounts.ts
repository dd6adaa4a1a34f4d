// The demo sign-ins the end-to-end tests use (the same ones the README lists).
import { demoAccounts, demoPassword } from "../../../prisma/seed/demo-accounts";

function account(email: string) {
  const found = demoAccounts.find((a) => a.email === email);
  if (!found) throw new Error(`No demo account ${email}`);
  return { ...found, password: demoPassword };
}

export const worker = account("worker.manchester@demo.goldenthread.org.uk");
export const gmmhWorker = account("worker.gmmh@demo.goldenthread.org.uk");
export const boltonWorker = account("worker.bolton@demo.goldenthread.org.uk");
export const lead = account("lead.bolton@demo.goldenthread.org.uk");
export const admin = account("admin@demo.goldenthread.org.uk");
export const budgetHolder = account("budgets.bolton@demo.goldenthread.org.uk");
export const suspendedWorker = account("worker.suspended@demo.goldenthread.org.uk");
export const dataProtectionOfficer = account("dpo.manchester@demo.goldenthread.org.uk");
export const deactivatedWorker = account("worker.deactivated@demo.goldenthread.org.uk");

export const storageStateFor = (role: "worker" | "lead" | "admin") => `tests/e2e/.auth/${role}.json`;
