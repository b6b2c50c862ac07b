import { LiveScope } from "@/components/live/live-scope";
import { EmailInvitationForm } from "@/components/workshop/email-invitation-form";
import { InvitationForm } from "@/components/workshop/invitation-form";
import { InvitationList } from "@/components/workshop/invitation-list";
import { getTranslator } from "@/lib/auth/request-locale";
import { getLocalize } from "@/lib/glossary/data";
import { requireMember } from "@/lib/workshop/access";
import { listDelegations, listInvitations, listMembers } from "@/lib/workshop/data";
import { invitationState } from "@/lib/workshop/invitation-token";
import { can } from "@/lib/workshop/policy";

export async function generateMetadata() {
  return { title: (await getTranslator())("nav.members") };
}

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workshop, member } = await requireMember(slug, "members.view");
  const [t, localize] = await Promise.all([getTranslator(), getLocalize(workshop)]);
  const [delegations, members] = await Promise.all([listDelegations(workshop.id), listMembers(workshop.id)]);
  const manage = can(member, "invitations.manage");
  const groups = [
    ...delegations.map((d) => ({
      key: d.id,
      title: localize(d.name),
      colour: d.colour,
      people: members.filter((m) => m.delegationId === d.id),
    })),
    {
      key: "none",
      title: t("members.withoutDelegation"),
      colour: undefined,
      people: members.filter((m) => !m.delegationId),
    },
  ].filter((group) => group.people.length > 0);

  return (
    <div className="stack">
      <LiveScope reads={["members", "workshop"]} />
      <h1>{t("nav.members")}</h1>
      {groups.map((group) => (
        <section
          key={group.key}
          className="card"
          aria-labelledby={`group-${group.key}`}
          data-testid={`members-${group.key}`}
        >
          <h2 id={`group-${group.key}`}>
            {group.colour && <span className="swatch" style={{ background: group.colour }} aria-hidden="true" />}{" "}
            {group.title}
          </h2>
          <ul className="plain-list">
            {group.people.map((m) => (
              <li key={m.id}>
                <strong>{m.user.name}</strong> · {t(`roles.${m.role}`)}
                {manage && <span className="muted"> · {m.user.email}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {manage && (
        <ManageInvitations
          slug={slug}
          workshopId={workshop.id}
          delegations={delegations.map((d) => ({ id: d.id, name: localize(d.name) }))}
        />
      )}
    </div>
  );
}

async function ManageInvitations({
  slug,
  workshopId,
  delegations,
}: {
  slug: string;
  workshopId: string;
  delegations: Array<{ id: string; name: string }>;
}) {
  const t = await getTranslator();
  const invitations = await listInvitations(workshopId);
  return (
    <>
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">{t("members.invite")}</h2>
        <EmailInvitationForm slug={slug} delegations={delegations} />
        <h3>{t("members.byLink")}</h3>
        <InvitationForm slug={slug} delegations={delegations} />
      </section>
      <section className="card" aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t("members.invitations")}</h2>
        <InvitationList
          slug={slug}
          invitations={invitations.map((i) => ({
            id: i.id,
            role: i.role,
            delegation: i.delegation?.name ?? null,
            note: i.note,
            email: i.email,
            delivery: i.messages[0] ?? null,
            state: invitationState(i),
            expiresAt: i.expiresAt.toISOString(),
            acceptedBy: i.acceptedBy?.name ?? null,
          }))}
        />
      </section>
    </>
  );
}
