"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { CheckboxField, SelectField, SubmitButton, TextField } from "@/components/ui/field";
import { createBallotAction, updateBallotAction } from "@/lib/ballots/actions";
import { methods } from "@/lib/ballots/schema";
import { DateTimeField, useTimezoneOffset } from "@/components/ui/date-time-field";

export interface BallotFormValues {
  id: string;
  version: number;
  title: string;
  method: string;
  weighting: string;
  secret: boolean;
  resultsVisibility: string;
  opensAt: string | null;
  closesAt: string | null;
  quorum: number | null;
  regionWideThreshold: number | null;
  conflictOfInterest: boolean;
  encrypted: boolean;
  tieBreak: string;
  optionIds: string[];
}

interface Props {
  slug: string;
  brands: Array<{ id: string; label: string }>;
  ballot?: BallotFormValues;
}

const percent = (share: number | null | undefined) => (share == null ? "" : String(Math.round(share * 1000) / 10));

/** The facilitator's ballot settings: a new ballot, or a draft being edited. */
export function BallotForm({ slug, brands, ballot }: Props) {
  const t = useT();
  const router = useRouter();
  const offset = useTimezoneOffset();
  const [openedVersion, setOpenedVersion] = useState(ballot?.version);
  return (
    <ActionForm
      className="stack"
      label={ballot ? t("ballots.edit") : t("ballots.create")}
      action={ballot ? updateBallotAction.bind(null, slug) : createBallotAction.bind(null, slug)}
      onSuccess={(result, form) => {
        if (ballot) setOpenedVersion((v) => (v ?? 0) + 1);
        else if (typeof result.id === "string") {
          form.reset();
          router.push(`/w/${slug}/ballots/${result.id}`);
          return;
        }
        router.refresh();
      }}
    >
      {ballot && (
        <>
          <input type="hidden" name="ballotId" value={ballot.id} />
          <input type="hidden" name="version" value={openedVersion} />
        </>
      )}
      <input type="hidden" name="timezoneOffset" value={offset ?? 0} />
      <TextField name="title" label="ballots.fields.title" required maxLength={200} defaultValue={ballot?.title} />
      <CheckboxGroup
        name="optionIds"
        legend="ballots.fields.options"
        choices={brands.map((b) => ({ value: b.id, label: b.label }))}
        selected={ballot?.optionIds}
        empty={<p className="muted">{t("ballots.noBrands")}</p>}
      />
      <div className="row">
        <SelectField name="method" label="ballots.fields.method" defaultValue={ballot?.method ?? "SCHULZE"}>
          {methods.map((m) => (
            <option key={m} value={m}>
              {t(`ballots.methods.${m}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="weighting" label="ballots.fields.weighting" defaultValue={ballot?.weighting ?? "PER_VOTER"}>
          <option value="PER_VOTER">{t("ballots.weighting.PER_VOTER")}</option>
          <option value="PER_DELEGATION">{t("ballots.weighting.PER_DELEGATION")}</option>
        </SelectField>
      </div>
      <div className="row">
        <SelectField
          name="resultsVisibility"
          label="ballots.fields.resultsVisibility"
          defaultValue={ballot?.resultsVisibility ?? "AFTER_CLOSE"}
        >
          <option value="AFTER_CLOSE">{t("ballots.visibility.AFTER_CLOSE")}</option>
          <option value="LIVE">{t("ballots.visibility.LIVE")}</option>
        </SelectField>
        <SelectField name="tieBreak" label="ballots.fields.tieBreak" defaultValue={ballot?.tieBreak ?? "NONE"}>
          <option value="NONE">{t("ballots.tieBreak.NONE")}</option>
          <option value="EARLIEST_PROPOSAL">{t("ballots.tieBreak.EARLIEST_PROPOSAL")}</option>
        </SelectField>
      </div>
      <CheckboxField
        name="secret"
        label="ballots.fields.secret"
        hint="ballots.fields.secretHint"
        defaultChecked={ballot?.secret ?? true}
      />
      <CheckboxField
        name="encrypted"
        label="ballots.encrypted.field"
        hint="ballots.encrypted.fieldHint"
        defaultChecked={ballot?.encrypted ?? false}
      />
      <div className="row">
        <DateTimeField
          name="opensAt"
          label="ballots.fields.opensAt"
          hint="ballots.fields.opensAtHint"
          value={ballot?.opensAt}
          offset={offset}
        />
        <DateTimeField
          name="closesAt"
          label="ballots.fields.closesAt"
          hint="ballots.fields.closesAtHint"
          value={ballot?.closesAt}
          offset={offset}
        />
      </div>
      <TextField
        name="quorum"
        label="ballots.fields.quorum"
        hint="ballots.fields.quorumHint"
        inputMode="decimal"
        size={6}
        defaultValue={percent(ballot?.quorum)}
      />
      <fieldset className="stack">
        <legend>{t("ballots.fields.regionWideLegend")}</legend>
        <CheckboxField
          name="regionWide"
          label="ballots.fields.regionWide"
          hint="ballots.fields.regionWideHint"
          defaultChecked={ballot ? ballot.regionWideThreshold !== null : false}
        />
        <TextField
          name="regionWideThreshold"
          label="ballots.fields.regionWideThreshold"
          inputMode="decimal"
          size={6}
          defaultValue={percent(ballot?.regionWideThreshold ?? 0.5)}
        />
      </fieldset>
      <CheckboxField
        name="conflictOfInterest"
        label="ballots.fields.conflictOfInterest"
        hint="ballots.fields.conflictOfInterestHint"
        defaultChecked={ballot?.conflictOfInterest ?? false}
      />
      <SubmitButton label={ballot ? "common.save" : "ballots.create"} />
    </ActionForm>
  );
}
