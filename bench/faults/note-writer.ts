// One worker at a browser without JavaScript, writing notes on one case through the real "Add a
// note" form for as long as the run lasts. Each note starts from a fresh form (a new
// clientRequestId); when the form comes back with "We could not save this just now", the worker
// presses the button again on the form as it came back, as a person would. Every answer is
// classified; every note the server acknowledged is remembered.
import { londonDateText } from "@/lib/domain/london-time";
import { couldNotSaveNow } from "@/lib/forms/keeping-input";
import { formsOf, textAreaValue, type Browser, type PageForm } from "./browser";

export type Outcome = "acknowledged" | "kept" | "lost";

export type NoteAnswer = { client: number; outcome: Outcome; sentAt: number; answeredAt: number; detail: string };

export type WriterContext = {
  browser: Browser;
  client: number;
  caseId: string;
  runId: string;
  /** Asked before each new note and before each retry of a kept form. */
  stopping: () => boolean;
  record: (answer: NoteAnswer) => void;
  /** A form page that could not be shown (nothing typed yet, so nothing lost). */
  formPageFailed: () => void;
};

const pauseMs = 500;
const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs));

/** A note nobody else writes, with the characters a page must escape and give back intact. */
function noteBody(runId: string, client: number, n: number): string {
  return `Fault test ${runId}, client ${client}, note ${n}: visited & agreed <next steps> with "Sam" — it's fine`;
}

function requestIdOf(form: PageForm): string | undefined {
  return form.hidden.find(([name]) => name === "clientRequestId")?.[1];
}

export class NoteWriter {
  readonly acknowledged: string[] = [];
  /** Notes whose form was still coming back kept when the run ended. */
  unfinished = 0;
  private notes = 0;

  constructor(private readonly context: WriterContext) {}

  private get formPath() {
    return `/cases/${this.context.caseId}/notes/new`;
  }

  /** A fresh "Add a note" form, or null when the run ends before one could be shown. */
  private async openForm(): Promise<PageForm | null> {
    const { browser } = this.context;
    while (!this.context.stopping()) {
      const page = await browser.get(this.formPath).catch(() => null);
      const [form] = page?.status === 200 ? formsOf(page.html, new URL(this.formPath, browser.origin).toString(), 'name="clientRequestId"') : [];
      if (form && requestIdOf(form)) return form;
      this.context.formPageFailed();
      await pause();
    }
    return null;
  }

  private fields(body: string): [string, string][] {
    const [year, month, day] = londonDateText(new Date(Date.now() - 86_400_000)).split("-");
    return [["kind", "VISIT"], ["occurredOn.day", day], ["occurredOn.month", month], ["occurredOn.year", year], ["body", body], ["visibility", "ALL_INVOLVED"]];
  }

  /** Posts a note's form until it is acknowledged or lost (or the run ends with the form kept). */
  private async writeNote(form: PageForm, body: string): Promise<void> {
    const { browser, client, caseId } = this.context;
    const requestId = requestIdOf(form);
    for (let current = form; ; ) {
      const sentAt = performance.now();
      const answer = await browser.post(current, this.fields(body)).catch((error: Error) => ({ status: 0, location: null, html: error.message }));
      const record = (outcome: Outcome, detail: string) => this.context.record({ client, outcome, sentAt, answeredAt: performance.now(), detail });
      if (answer.status === 303 && answer.location && new URL(answer.location, browser.origin).pathname === `/cases/${caseId}`) {
        this.acknowledged.push(body);
        return record("acknowledged", "");
      }
      if (answer.status !== 200 || !answer.html.includes(couldNotSaveNow)) {
        return record("lost", answer.status === 0 ? `no answer: ${answer.html}` : `${answer.status}${answer.location ? ` → ${answer.location}` : ""}: ${headline(answer.html)}`);
      }
      const [kept] = formsOf(answer.html, current.action, 'name="clientRequestId"');
      if (textAreaValue(answer.html, "body") !== body) return record("lost", "the form came back without the typed note");
      if (!kept || requestIdOf(kept) !== requestId) return record("lost", "the form came back with another request id");
      record("kept", "");
      if (this.context.stopping()) {
        this.unfinished += 1;
        return;
      }
      await pause();
      current = kept;
    }
  }

  async run(): Promise<void> {
    while (!this.context.stopping()) {
      const form = await this.openForm();
      if (!form) return;
      this.notes += 1;
      await this.writeNote(form, noteBody(this.context.runId, this.context.client, this.notes));
    }
  }
}

/** A page's first heading or error summary, to say what a failed answer was. */
function headline(html: string): string {
  const text = (html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? html.slice(0, 120)).replace(/<[^>]+>/g, "").trim();
  return text.slice(0, 120);
}
