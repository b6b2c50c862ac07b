import Link from "next/link";
import { redirect } from "next/navigation";
import { JoinForm, RefreshWhileWaiting } from "@/components/session/join-form";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/auth/request-locale";
import { ownJoinRequest, pendingJoinRequests } from "@/lib/session/join-mutations";

export async function generateMetadata() {
  return { title: (await getTranslator())("join.title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * /join?code=ABC-234 (the QR code's link): enter a room's code. /join?pending=<slug>: the state
 * of the request filed with it, re-read every 3 s until a facilitator admits or declines it.
 */
export default async function JoinPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const code = first(search.code).slice(0, 20);
  const pending = first(search.pending);
  // Signed out (e.g. straight from the QR code), requireUser sends people to sign in and back here.
  const user = await requireUser();
  const t = await getTranslator();
  // Without ?pending= (a reload of /join, signing in again), a request still waiting is found
  // again, unless a code was given: then the person is joining another room.
  const request = pending
    ? await ownJoinRequest(user.id, pending)
    : code
      ? null
      : ((await pendingJoinRequests(user.id))[0] ?? null);
  if (request?.status === "APPROVED") redirect(`/w/${encodeURIComponent(request.workshop.slug)}`);

  return (
    <section className="card stack narrow" aria-labelledby="join-title">
      <h1 id="join-title">{t("join.title")}</h1>
      {request?.status === "PENDING" ? (
        <>
          <p role="status" className="notice" data-testid="join-state">
            {t("join.sent", { title: request.workshop.title })}
          </p>
          <p className="muted" aria-hidden="true">
            {t("join.waiting")}
          </p>
          <RefreshWhileWaiting />
        </>
      ) : (
        <>
          {request?.status === "REJECTED" && (
            <p role="status" className="notice notice-warning" data-testid="join-state">
              {t("join.declined", { title: request.workshop.title })}
            </p>
          )}
          <p className="lead">{t("join.intro")}</p>
          <JoinForm defaultCode={code} />
        </>
      )}
      <p>
        <Link href="/workshops">{t("common.backToWorkshops")}</Link>
      </p>
    </section>
  );
}
