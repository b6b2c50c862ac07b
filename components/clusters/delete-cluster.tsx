"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/i18n-provider";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/field";
import { deleteClusterAction } from "@/lib/industries/actions";

export function DeleteCluster({ slug, clusterId }: { slug: string; clusterId: string }) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      action={() => deleteClusterAction(slug, clusterId)}
      onSuccess={() => router.refresh()}
      label={t("clusters.delete")}
    >
      <SubmitButton label="clusters.delete" variant="danger" />
    </ActionForm>
  );
}
