/**
 * An editor at work, over HTTP, for the crash-safety script (bench/crash-safety.ts):
 * signs in, writes, saves and publishes through the newsroom's own server
 * actions, posted as the story form posts them from the browser (the
 * `Next-Action` header and React's encoding of the action's arguments).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type ServerReferenceManifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id the build gave each server action, by file and export: `lib/actions/stories.ts#saveStoryAction`. */
export function serverActionIds(buildFolder: string): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(path.join(buildFolder, "server", "server-reference-manifest.json"), "utf8"),
  ) as ServerReferenceManifest;
  return new Map(Object.entries(manifest.node).map(([id, { filename, exportedName }]) => [`${filename}#${exportedName}`, id]));
}

/** What the server answered: where the action redirected the browser, or the state it gave the form. */
export type ActionAnswer =
  | { kind: "redirect"; location: string }
  | { kind: "state"; payload: string }
  /** No answer: the connection failed, or the server answered something no form expects. */
  | { kind: "failed"; reason: string };

const REQUEST_TIMEOUT_MS = 30_000;

export class EditorSession {
  private cookies = new Map<string, string>();

  constructor(
    private readonly origin: string,
    private readonly actionIds: Map<string, string>,
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /**
   * Calls a `(state, formData)` action the way React does from a form: the
   * form's fields under the reference `_1_`, then the arguments as
   * `[{}, "$K1"]` (an empty previous state, then that form).
   */
  async post(pagePath: string, action: string, fields: Record<string, string>): Promise<ActionAnswer> {
    const id = this.actionIds.get(action);
    if (!id) throw new Error(`The build has no server action ${action}`);
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
    // Last, as React sends it: the server reads the parts as they stream in, and resolves "$K1" when it reads this.
    body.append("0", JSON.stringify([{}, "$K1"]));
    let response: Response;
    try {
      response = await fetch(`${this.origin}${pagePath}`, {
        method: "POST",
        headers: { "next-action": id, accept: "text/x-component", origin: this.origin, cookie: this.cookieHeader() },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      return { kind: "failed", reason: error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error) };
    }
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const equals = pair.indexOf("=");
      if (equals > 0) this.cookies.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
    }
    const redirect = response.headers.get("x-action-redirect");
    let payload: string;
    try {
      payload = await response.text();
    } catch (error) {
      // The redirect was told already: the browser follows it whatever happens to the rest.
      if (redirect) return { kind: "redirect", location: redirect.split(";")[0]! };
      return { kind: "failed", reason: `the answer broke off: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (redirect) return { kind: "redirect", location: redirect.split(";")[0]! };
    if (!response.ok) return { kind: "failed", reason: `HTTP ${response.status}` };
    return { kind: "state", payload };
  }

  async signIn(email: string, password: string): Promise<void> {
    const answer = await this.post("/admin/sign-in", "lib/actions/auth.ts#signInAction", { email, password });
    if (answer.kind !== "redirect" || answer.location !== "/admin") {
      throw new Error(`Signing in as ${email} failed: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  }
}

/** The message a form shows, from an action's state, for reporting. */
export function formMessage(payload: string): string | undefined {
  return /"message":"((?:[^"\\]|\\.)*)"/.exec(payload)?.[1];
}

/** The version an autosave reports, when it saved. */
export function autosavedVersion(payload: string): number | undefined {
  const match = /"ok":true[^{}]*"result":\{"version":(\d+)/.exec(payload);
  return match ? Number(match[1]) : undefined;
}
