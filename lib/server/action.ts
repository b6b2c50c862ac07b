import "server-only";
import { z } from "zod";
import { refresh } from "next/cache";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { memberOf } from "@/lib/workshop/access";
import type { WorkshopAction } from "@/lib/workshop/policy";
import type { Actor } from "./actor";
import { invalid, type ActionResult, type ErrorCode } from "./result";
import { runAction } from "./run-action";
import { wireProblem } from "./wire";
import { id } from "@/lib/validation/fields";

// The one front door of every server action. An action is a declaration: its name, how the
// arguments the browser sends map to its input, the schema of that input, and the mutation. The
// builder owns everything around it, in this order, for every action alike:
//   1. the wire: only strings, finite numbers, booleans, null and FormData, no NUL bytes
//      (lib/server/wire.ts): a hand-made request is refused before any query;
//   2. who: the signed-in user, and for workshop actions the membership read from the database
//      (non-members get errors.notFound: a workshop's existence is not disclosed);
//   3. the input schema, whose failures are field-level message keys;
//   4. the mutation, which checks its own policy against the member (the rules live with the data);
//   5. error mapping and one log line (lib/server/run-action.ts).
// Server actions are public endpoints: Next.js lets anyone call them with any arguments, so none
// of this may be left to the form that normally calls them.

/** Where the signed-in user comes from: the request's session cookie, or a test's chosen user. */
export type Identity = () => Promise<CurrentUser | null>;

type Output<R> = Promise<R | void>;

export type Kind = "workshop" | "user" | "public";

/** What the registry knows of an action: enough for the authorisation sweep to call every one. */
export interface Declared {
  name: string;
  kind: Kind;
  /** For workshop actions, the slug comes first and is not counted. */
  arity: number;
  execute(identity: Identity, args: unknown[]): Promise<ActionResult<object>>;
}

export type DeclaredAction<A extends unknown[], R extends object> = ((...args: A) => Promise<ActionResult<R>>) & {
  declaration: Declared;
};

interface Declaration<A extends unknown[], S extends z.ZodType, Who, R extends object> {
  /** Unique; the log's `action` field and the sweep's key. */
  name: string;
  /** The arguments the browser sends (after the slug), as the values the schema parses. */
  input: (...args: A) => unknown;
  schema: S;
  run: (who: Who, input: z.output<S>) => Output<R>;
  /** Answer with the page as it now is (workshop actions do by default; user actions when what
   * they change shows in the layout, such as the bell's count). */
  refreshes?: boolean;
}

interface WorkshopDeclaration<A extends unknown[], S extends z.ZodType, R extends object> extends Omit<
  Declaration<A, S, Actor, R>,
  "run"
> {
  /** `user` for the few mutations that record a name (a signature). */
  run: (who: Actor, input: z.output<S>, user: CurrentUser) => Output<R>;
  /** Checked against the membership before the input is parsed. Most actions leave it at
   * "workshop.view" and let the mutation apply the finer rule (whose delegation, which phase). */
  permission?: WorkshopAction;
  /** False for the crowd's actions (a vote, a raised hand, a question): their pages follow pushed
   * state, and a render per press would cost the server a page per person in the room. */
  refreshes?: boolean;
}

/** A form's fields as an object, for schemas of plain fields (repeated fields need `getAll`). */
export const fields = (form: FormData): Record<string, unknown> => Object.fromEntries(form);

/** For an action with no input beyond the workshop: `...noInput`. */
export const noInput = { input: () => undefined, schema: z.undefined() };

/** For an action on one object by id (an agenda item, a question...): `...oneId`. */
export const oneId = { input: (objectId: string) => objectId, schema: id };

const SLUG = /^[\w-]{1,100}$/;

function declare<A extends unknown[], R extends object>(
  name: string,
  kind: Kind,
  arity: number,
  execute: Declared["execute"],
  refreshes = false,
): DeclaredAction<A, R> {
  const declaration: Declared = { name, kind, arity, execute };
  // Only Next.js calls this wrapper (tests call `execute`). A successful action that refreshes
  // answers with the page as it now is, in the same response: the person who acted sees the
  // result at once instead of after the live event and the room's spread-out refresh.
  const action = async (...args: A) => {
    const result = (await execute(getCurrentUser, args)) as ActionResult<R>;
    if (result.ok && refreshes) refresh();
    return result;
  };
  return Object.assign(action, { declaration });
}

async function parse<S extends z.ZodType>(
  schema: S,
  values: () => unknown,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; result: ActionResult<never> }> {
  let raw: unknown;
  try {
    raw = values();
  } catch {
    // The mapping is a pure function of the arguments: if it throws, an argument was not of the
    // type it declares (a string where a form was expected...). The caller's mistake.
    return { ok: false, result: refuse("errors.invalid") };
  }
  const parsed = await schema.safeParseAsync(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, result: invalid(parsed.error) };
}

const done = <R extends object>(result: R | void): ActionResult<R> =>
  ({ ok: true, ...(result ?? {}) }) as ActionResult<R>;
const refuse = (code: ErrorCode): ActionResult<never> => ({ ok: false, code });

/** An action inside a workshop, as one of its members: `(slug, ...args)`. */
export function workshopAction<A extends unknown[], S extends z.ZodType, R extends object = object>(
  d: WorkshopDeclaration<A, S, R>,
): DeclaredAction<[slug: string, ...args: A], R> {
  const arity = d.input.length;
  return declare(
    d.name,
    "workshop",
    arity,
    (identity, args) =>
      runAction(d.name, async () => {
        const [slug, ...rest] = args;
        const problem = wireProblem(rest, arity);
        if (problem) return problem;
        if (typeof slug !== "string" || !SLUG.test(slug)) return refuse("errors.notFound");
        const user = await identity();
        if (!user) return refuse("errors.signedOut");
        const { workshop, member } = await memberOf(user, slug, d.permission ?? "workshop.view");
        const input = await parse(d.schema, () => d.input(...(rest as A)));
        if (!input.ok) return input.result;
        return done(await d.run({ userId: user.id, workshopId: workshop.id, member }, input.data, user));
      }),
    d.refreshes ?? true,
  );
}

/** An action of a signed-in user outside any workshop (create one, accept an invitation). */
export function userAction<A extends unknown[], S extends z.ZodType, R extends object = object>(
  d: Declaration<A, S, CurrentUser, R>,
): DeclaredAction<A, R> {
  const arity = d.input.length;
  return declare(
    d.name,
    "user",
    arity,
    (identity, args) =>
      runAction(d.name, async () => {
        const problem = wireProblem(args, arity);
        if (problem) return problem;
        const user = await identity();
        if (!user) return refuse("errors.signedOut");
        const input = await parse(d.schema, () => d.input(...(args as A)));
        if (!input.ok) return input.result;
        return done(await d.run(user, input.data));
      }),
    d.refreshes ?? false,
  );
}

/** An action anyone may call, signed in or not (sign up, choose a language). */
export function publicAction<A extends unknown[], S extends z.ZodType, R extends object = object>(
  d: Declaration<A, S, CurrentUser | null, R>,
): DeclaredAction<A, R> {
  const arity = d.input.length;
  return declare(d.name, "public", arity, (identity, args) =>
    runAction(d.name, async () => {
      const problem = wireProblem(args, arity);
      if (problem) return problem;
      const input = await parse(d.schema, () => d.input(...(args as A)));
      if (!input.ok) return input.result;
      return done(await d.run(await identity(), input.data));
    }),
  );
}
