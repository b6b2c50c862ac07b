import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";

/** Full-screen views for the room's projector: no header, no controls. */
export default async function ProjectorLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return (
    <main id="main" className="projector">
      {children}
    </main>
  );
}
