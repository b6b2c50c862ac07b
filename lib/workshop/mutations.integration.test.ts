import { describe, expect, it } from "vitest";
import { addMember, createUser, createWorkshopFixture, delegationInput, invitationInput, prisma } from "@/test/db";
import { DomainError } from "@/lib/server/result";
import { acceptInvitation, createInvitation, revokeInvitation } from "./invitation-mutations";
import { changePhase, createDelegation, updateDelegation } from "./mutations";

async function events(workshopId: string) {
  return prisma.event.findMany({ where: { workshopId }, orderBy: { seq: "asc" }, select: { seq: true, type: true } });
}

describe("workshop mutations", () => {
  it("creating a workshop makes its creator the facilitator and logs an event", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    const membership = await prisma.membership.findUniqueOrThrow({
      where: { workshopId_userId: { workshopId: workshop.id, userId: facilitator.id } },
    });
    expect(membership.role).toBe("FACILITATOR");
    expect(await events(workshop.id)).toEqual([{ seq: 1, type: "workshop.created" }]);
  });

  it("changes phase with an event, and refuses a stale change without writing", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    await changePhase(workshop.id, facilitator.id, "SUBMIT", "ANALYSE");
    await expect(changePhase(workshop.id, facilitator.id, "SUBMIT", "NEGOTIATE")).rejects.toMatchObject({
      code: "errors.phaseConflict",
    });
    expect((await prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).phase).toBe("ANALYSE");
    expect((await events(workshop.id)).map((e) => e.type)).toEqual(["workshop.created", "workshop.phaseChanged"]);
  });

  it("gives concurrent events of one workshop gap-free sequence numbers", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createDelegation(workshop.id, facilitator.id, delegationInput(`D${i}`, `D${i}`)),
      ),
    );
    const seqs = (await events(workshop.id)).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it("rejects duplicate delegation codes and stale delegation edits, writing nothing", async () => {
    const { workshop, facilitator, delegations } = await createWorkshopFixture();
    const error = await createDelegation(workshop.id, facilitator.id, delegationInput("Other", "AL")).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors).toEqual({ code: "errors.codeTaken" });

    const alpha = delegations[0];
    await updateDelegation(
      workshop.id,
      facilitator.id,
      alpha.id,
      alpha.version,
      delegationInput("Alpha 2", "AL", "#111111"),
    );
    await expect(
      updateDelegation(
        workshop.id,
        facilitator.id,
        alpha.id,
        alpha.version,
        delegationInput("Alpha 3", "AL", "#222222"),
      ),
    ).rejects.toMatchObject({ code: "errors.editConflict" });
    expect((await prisma.delegation.findUniqueOrThrow({ where: { id: alpha.id } })).name).toBe("Alpha 2");
    expect((await events(workshop.id)).filter((e) => e.type.startsWith("delegation.")).length).toBe(1);
  });

  it("an invitation is accepted once, into its role and delegation", async () => {
    const { workshop, facilitator, delegations } = await createWorkshopFixture();
    const { token } = await createInvitation(
      workshop.id,
      facilitator.id,
      invitationInput("LEAD_DELEGATE", delegations[1].id),
    );
    const [first, second] = await Promise.all([createUser("First"), createUser("Second")]);
    const results = await Promise.allSettled([acceptInvitation(token, first.id), acceptInvitation(token, second.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const members = await prisma.membership.findMany({ where: { workshopId: workshop.id, role: "LEAD_DELEGATE" } });
    expect(members).toHaveLength(1);
    expect(members[0]!.delegationId).toBe(delegations[1].id);
  });

  it("revoked and expired invitations cannot be accepted", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    const user = await createUser();
    const revoked = await createInvitation(workshop.id, facilitator.id, invitationInput("OBSERVER", undefined, 1));
    const invitation = await prisma.invitation.findFirstOrThrow({ where: { workshopId: workshop.id } });
    await revokeInvitation(workshop.id, facilitator.id, invitation.id);
    await expect(acceptInvitation(revoked.token, user.id)).rejects.toMatchObject({ code: "errors.invitationInvalid" });

    const expired = await createInvitation(workshop.id, facilitator.id, invitationInput("OBSERVER", undefined, 1));
    await prisma.invitation.updateMany({
      where: { workshopId: workshop.id, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(acceptInvitation(expired.token, user.id)).rejects.toMatchObject({ code: "errors.invitationInvalid" });
    expect(await prisma.membership.count({ where: { workshopId: workshop.id, userId: user.id } })).toBe(0);
  });

  it("cannot invite into another workshop's delegation", async () => {
    const one = await createWorkshopFixture();
    const other = await createWorkshopFixture();
    await expect(
      createInvitation(one.workshop.id, one.facilitator.id, invitationInput("DELEGATE", other.delegations[0].id)),
    ).rejects.toMatchObject({ fieldErrors: { delegationId: "errors.invalid" } });
  });

  it("an existing member cannot accept a second role", async () => {
    const { workshop, facilitator } = await createWorkshopFixture();
    const observer = await addMember(workshop.id, "OBSERVER");
    const { token } = await createInvitation(workshop.id, facilitator.id, invitationInput("CO_FACILITATOR"));
    await expect(acceptInvitation(token, observer.id)).rejects.toMatchObject({ code: "errors.alreadyMember" });
  });
});
