"use server";

import { fields, oneId, workshopAction } from "@/lib/server/action";
import * as mutations from "./settings-mutations";
import {
  objectiveSchema,
  objectiveUpdateSchema,
  ruleChangeSchema,
  sectionMoveSchema,
  sectionRenameSchema,
  sectionTitleSchema,
} from "./schema";

// The facilitator's plan settings, as declared actions (lib/server/action.ts); the mutations
// check the policy (facilitators only) against the membership read from the database.

export const addSectionAction = workshopAction({
  name: "addSection",
  input: fields,
  schema: sectionTitleSchema,
  run: (who, section) => mutations.addSection(who, section),
});

export const renameSectionAction = workshopAction({
  name: "renameSection",
  input: fields,
  schema: sectionRenameSchema,
  run: (who, rename) => mutations.renameSection(who, rename),
});

export const moveSectionAction = workshopAction({
  name: "moveSection",
  input: (sectionId: string, direction: string) => ({ sectionId, direction }),
  schema: sectionMoveSchema,
  run: (who, move) => mutations.moveSection(who, move),
});

export const deleteSectionAction = workshopAction({ name: "deleteSection", ...oneId, run: mutations.deleteSection });

export const addObjectiveAction = workshopAction({
  name: "addObjective",
  input: fields,
  schema: objectiveSchema,
  run: (who, objective) => mutations.addObjective(who, objective),
});

export const editObjectiveAction = workshopAction({
  name: "editObjective",
  input: fields,
  schema: objectiveUpdateSchema,
  run: (who, { objectiveId, ...objective }) => mutations.editObjective(who, objectiveId, objective),
});

export const deleteObjectiveAction = workshopAction({
  name: "deleteObjective",
  ...oneId,
  run: mutations.deleteObjective,
});

export const changeConsensusRuleAction = workshopAction({
  name: "changeConsensusRule",
  input: fields,
  schema: ruleChangeSchema,
  run: (who, rule) => mutations.changeConsensusRule(who, rule),
});
