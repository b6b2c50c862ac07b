"use server";

import { z } from "zod";
import { fields, noInput, oneId, userAction, workshopAction } from "@/lib/server/action";
import { id } from "@/lib/validation/fields";
import * as agenda from "./agenda-mutations";
import * as floor from "./floor-mutations";
import * as join from "./join-mutations";
import * as questions from "./question-mutations";
import {
  admissionSchema,
  agendaFormValues,
  agendaItemSchema,
  extendSchema,
  itemRefSchema,
  joinSchema,
  questionSchema,
  speakingLimitSchema,
  spotlightSchema,
} from "./schema";

// Declared actions (lib/server/action.ts): every one runs as a member of the workshop; the
// mutations check the session policy against the membership read from the database.

export const addAgendaItemAction = workshopAction({
  name: "addAgendaItem",
  input: (form: FormData) => agendaFormValues(form),
  schema: agendaItemSchema,
  run: (who, item) => agenda.addAgendaItem(who, item),
});

export const updateAgendaItemAction = workshopAction({
  name: "updateAgendaItem",
  input: (form: FormData) => ({ ...fields(form), ...agendaFormValues(form) }),
  schema: z.intersection(itemRefSchema, agendaItemSchema),
  run: (who, { itemId, version, ...item }) => agenda.updateAgendaItem(who, itemId, version, item),
});

export const startAgendaItemAction = workshopAction({ name: "startAgendaItem", ...oneId, run: agenda.startAgendaItem });
export const pauseAgendaItemAction = workshopAction({ name: "pauseAgendaItem", ...oneId, run: agenda.pauseAgendaItem });
export const endAgendaItemAction = workshopAction({ name: "endAgendaItem", ...oneId, run: agenda.endAgendaItem });
export const deleteAgendaItemAction = workshopAction({
  name: "deleteAgendaItem",
  ...oneId,
  run: agenda.deleteAgendaItem,
});
export const moveAgendaItemUpAction = workshopAction({
  name: "moveAgendaItemUp",
  ...oneId,
  run: (who, itemId) => agenda.moveAgendaItem(who, itemId, -1),
});
export const moveAgendaItemDownAction = workshopAction({
  name: "moveAgendaItemDown",
  ...oneId,
  run: (who, itemId) => agenda.moveAgendaItem(who, itemId, 1),
});

export const extendAgendaItemAction = workshopAction({
  name: "extendAgendaItem",
  input: (itemId: string, minutes: number) => ({ itemId, minutes }),
  schema: extendSchema,
  run: (who, { itemId, minutes }) => agenda.extendAgendaItem(who, itemId, minutes),
});

export const setSpotlightAction = workshopAction({
  name: "setSpotlight",
  input: (kind: string, targetId: string | null) => ({ kind, targetId: targetId ?? undefined }),
  schema: spotlightSchema,
  run: (who, spotlight) => agenda.setSpotlight(who, spotlight),
});

/** The spotlight form: a select whose value is "ANALYSIS", "DIVISION", "CLAUSE:<id>" or "BALLOT:<id>". */
export const spotlightFormAction = workshopAction({
  name: "setSpotlightFromForm",
  input: (form: FormData) => {
    const [kind = "", targetId] = String(form.get("target") ?? "").split(":");
    return { kind, targetId };
  },
  schema: spotlightSchema,
  run: (who, spotlight) => agenda.setSpotlight(who, spotlight),
});

export const clearSpotlightAction = workshopAction({ name: "clearSpotlight", ...noInput, run: agenda.clearSpotlight });

// The crowd's actions (hands, questions and their votes) update the session page through pushed
// state: they do not answer with a rendered page (see `refreshes` in lib/server/action.ts).
export const raiseHandAction = workshopAction({
  name: "raiseHand",
  ...noInput,
  run: floor.raiseHand,
  refreshes: false,
});
export const lowerHandAction = workshopAction({ name: "lowerHand", ...oneId, run: floor.lowerHand, refreshes: false });
export const giveFloorToAction = workshopAction({ name: "giveFloorTo", ...oneId, run: floor.giveFloor });
export const giveFloorToNextAction = workshopAction({
  name: "giveFloorToNext",
  ...noInput,
  run: (who) => floor.giveFloor(who),
});
export const endFloorAction = workshopAction({ name: "endFloor", ...noInput, run: floor.endFloor });
export const clearQueueAction = workshopAction({ name: "clearQueue", ...noInput, run: floor.clearQueue });

export const setQueueModeAction = workshopAction({
  name: "setQueueMode",
  input: (mode: string) => mode,
  schema: z.enum(["FIFO", "ALTERNATE"], { message: "errors.invalid" }),
  run: (who, mode) => floor.setQueueMode(who, mode),
});

export const setSpeakingLimitAction = workshopAction({
  name: "setSpeakingLimit",
  input: fields,
  schema: speakingLimitSchema,
  run: (who, { seconds }) => floor.setSpeakingLimit(who, seconds ?? null),
});

export const askQuestionAction = workshopAction({
  name: "askQuestion",
  input: fields,
  schema: questionSchema,
  run: (who, question) => questions.askQuestion(who, question),
  refreshes: false,
});

export const toggleQuestionVoteAction = workshopAction({
  name: "voteQuestion",
  ...oneId,
  run: questions.toggleQuestionVote,
  refreshes: false,
});

const moderation = {
  answered: { answered: true },
  unanswered: { answered: false },
  hide: { hidden: true },
  show: { hidden: false },
} as const;

export const moderateQuestionAction = workshopAction({
  name: "moderateQuestion",
  input: (questionId: string, change: keyof typeof moderation) => ({ questionId, change }),
  schema: z.object({ questionId: id, change: z.enum(["answered", "unanswered", "hide", "show"]) }),
  run: (who, { questionId, change }) => questions.moderateQuestion(who, questionId, moderation[change]),
});

export const rotateJoinCodeAction = workshopAction({ name: "rotateJoinCode", ...noInput, run: join.rotateJoinCode });
export const enableJoinCodeAction = workshopAction({
  name: "enableJoinCode",
  ...noInput,
  run: (who) => join.setJoinCodeEnabled(who, true),
});
export const disableJoinCodeAction = workshopAction({
  name: "disableJoinCode",
  ...noInput,
  run: (who) => join.setJoinCodeEnabled(who, false),
});
export const declineJoinRequestAction = workshopAction({ name: "declineJoinRequest", ...oneId, run: join.decline });

export const admitAction = workshopAction({
  name: "admitJoinRequest",
  input: fields,
  schema: admissionSchema,
  run: (who, admission) => join.admit(who, admission),
});

/** Anyone signed in may enter a code; membership comes only from a facilitator's admission. */
export const requestToJoinAction = userAction({
  name: "requestToJoin",
  input: fields,
  schema: joinSchema,
  run: (user, { code }) => join.requestToJoin(user.id, code),
});
