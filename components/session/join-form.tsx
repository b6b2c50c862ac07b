"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/field";
import { requestToJoinAction } from "@/lib/session/actions";

/**
 * The one field of /join: the room's code, in any case, with or without the dash. A member goes
 * straight to the workshop; anyone else waits on /join?pending=<slug> for a facilitator.
 */
export function JoinForm({ defaultCode }: { defaultCode: string }) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      className="stack"
      label={t("join.title")}
      action={requestToJoinAction}
      onSuccess={({ status, slug }) => {
        if (!slug) return;
        router.push(
          status === "member" ? `/w/${encodeURIComponent(slug)}` : `/join?pending=${encodeURIComponent(slug)}`,
        );
      }}
    >
      <TextField
        name="code"
        label="join.code"
        hint="join.codeHint"
        defaultValue={defaultCode}
        required
        maxLength={20}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        inputMode="text"
        enterKeyHint="go"
        style={{
          fontSize: "2rem",
          fontWeight: 700,
          letterSpacing: "0.12em",
          fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
          textTransform: "uppercase",
          maxWidth: "12ch",
        }}
      />
      <div>
        <SubmitButton label="join.submit" pendingLabel="join.sending" />
      </div>
    </ActionForm>
  );
}

/** While a request waits for a facilitator: re-reads the page every 3 s (it moves on when decided). */
export function RefreshWhileWaiting({ everyMs = 3000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
