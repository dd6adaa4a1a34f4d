// Where email goes (README, "Email"): SMTP when SMTP_URL is set (nodemailer); otherwise, outside
// production, the development mailbox (/dev/mailbox reads the outbox) with a line in the log.
// MAIL_TRANSPORT=mailbox keeps mail in the database in any environment (demo and test
// deployments); MAIL_TRANSPORT=log prints messages, links included (development only).
import nodemailer from "nodemailer";

export type OutgoingMail = { to: string; subject: string; text: string };
export type MailTransport = {
  name: "smtp" | "mailbox" | "log";
  /** Whether the body stays in the outbox after delivery (the mailbox shows it). */
  keepsBody: boolean;
  send(message: OutgoingMail): Promise<void>;
};

export class MailNotConfiguredError extends Error {
  constructor(detail: string) {
    super(`Email is not configured: ${detail}. Set SMTP_URL (e.g. smtps://user:password@smtp.example.org:465) and MAIL_FROM.`);
    this.name = "MailNotConfiguredError";
  }
}

export function mailTransportFromEnvironment(env: Record<string, string | undefined> = process.env): MailTransport {
  const production = env.NODE_ENV === "production";
  const chosen = env.MAIL_TRANSPORT ?? (env.SMTP_URL ? "smtp" : production ? "" : "mailbox");
  if (chosen === "smtp") {
    if (!env.SMTP_URL) throw new MailNotConfiguredError("MAIL_TRANSPORT=smtp needs SMTP_URL");
    const transporter = nodemailer.createTransport(env.SMTP_URL);
    const from = env.MAIL_FROM ?? "Golden Thread <no-reply@goldenthread.invalid>";
    return { name: "smtp", keepsBody: false, send: async (m) => void (await transporter.sendMail({ from, to: m.to, subject: m.subject, text: m.text })) };
  }
  if (chosen === "mailbox") {
    return { name: "mailbox", keepsBody: true, send: async (m) => console.log(`[mail] to ${m.to}: "${m.subject}" (read it at /dev/mailbox)`) };
  }
  if (chosen === "log" && !production) {
    return { name: "log", keepsBody: false, send: async (m) => console.log(`[mail] to ${m.to}\nSubject: ${m.subject}\n\n${m.text}\n`) };
  }
  throw new MailNotConfiguredError(production ? "production needs SMTP_URL (or MAIL_TRANSPORT=mailbox for a demo deployment)" : `unknown MAIL_TRANSPORT "${chosen}"`);
}
