// A notification's sentence in the reader's language, from its kind and stored parameters.
import type { NotificationKind } from "@/lib/db/generated/enums";
import type { Translate } from "@/lib/i18n/translate";
import type { NotificationParams } from "./kinds";

export function notificationText(t: Translate, kind: NotificationKind, params: NotificationParams): string {
  // Several clauses proposed together (a division of labour's) ask once, naming how many.
  if (kind === "STANCE_NEEDED" && Number(params.count) > 1) return t("notifications.text.STANCE_NEEDED_BATCH", params);
  return t(`notifications.text.${kind}`, params);
}
