import type { ReactNode } from "react";
import { LiveProvider } from "@/components/live/live-provider";
import { requireMember } from "@/lib/workshop/access";

/** A projector page follows the workshop's live stream like any other page. */
export default async function ProjectorWorkshopLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const { workshop } = await requireMember(slug);
  return (
    <LiveProvider slug={slug} initialSeq={workshop.eventSeq}>
      {children}
    </LiveProvider>
  );
}
