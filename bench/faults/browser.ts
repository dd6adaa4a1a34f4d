// A browser without JavaScript, as far as the fault test needs one: it keeps cookies, reads a
// page's forms (their hidden inputs, Next's `$ACTION_…` fields among them) and posts them as
// multipart form data to where the form says, without following redirects.
export type Answer = { status: number; location: string | null; html: string };

export type PageForm = { action: string; hidden: [string, string][]; html: string };

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([^\s=<>/"']+)(?:="([^"]*)")?/g)) found[name.toLowerCase()] = decodeHtml(value ?? "");
  return found;
}

/** The forms of a page; `containing` picks those whose markup includes it (a field's name, say). */
export function formsOf(html: string, pageUrl: string, containing = ""): PageForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)]
    .filter(([whole]) => whole.includes(containing))
    .map(([whole, formTag, inner]) => {
      const hidden = [...inner.matchAll(/<input\b[^>]*>/g)]
        .map(([tag]) => attributes(tag))
        .filter((input) => input.type === "hidden" && input.name)
        .map((input): [string, string] => [input.name, input.value ?? ""]);
      const action = attributes(`<form ${formTag}>`).action;
      return { action: new URL(action || pageUrl, pageUrl).toString(), hidden, html: whole };
    });
}

/** What a page's textarea called `name` holds, as the browser would show it. */
export function textAreaValue(html: string, name: string): string | null {
  const match = html.match(new RegExp(`<textarea\\b[^>]*\\bname="${name}"[^>]*>([\\s\\S]*?)</textarea>`));
  // HTML drops one newline straight after <textarea>; React writes one when the value starts with one.
  return match ? decodeHtml(match[1]).replace(/^\n/, "") : null;
}

export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(readonly origin: string, private readonly timeoutMs: number) {}

  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...options] = cookie.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const expired = options.some((o) => /^\s*max-age=0\s*$/i.test(o)) || pair.slice(at + 1) === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(at + 1));
    }
  }

  private async send(url: string, init: RequestInit): Promise<Answer> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(this.timeoutMs) });
    this.remember(response);
    return { status: response.status, location: response.headers.get("location"), html: await response.text() };
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  get(pathOrUrl: string): Promise<Answer> {
    return this.send(new URL(pathOrUrl, this.origin).toString(), { method: "GET" });
  }

  /** Posts the form's hidden inputs and `fields` as multipart form data, as a browser submits it. */
  post(form: PageForm, fields: [string, string][]): Promise<Answer> {
    const body = new FormData();
    for (const [name, value] of [...form.hidden, ...fields]) body.append(name, value);
    return this.send(form.action, { method: "POST", body, headers: { origin: this.origin } });
  }
}
