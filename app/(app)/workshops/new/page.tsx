import { WorkshopForm } from "@/components/workshop/workshop-form";
import { getTranslator } from "@/lib/auth/request-locale";

export async function generateMetadata() {
  return { title: (await getTranslator())("workshops.create") };
}

export default async function NewWorkshopPage() {
  const t = await getTranslator();
  const year = new Date().getFullYear();
  return (
    <section className="stack narrow" aria-labelledby="new-workshop-title">
      <h1 id="new-workshop-title">{t("workshops.create")}</h1>
      <p className="muted">{t("workshops.createIntro")}</p>
      <WorkshopForm defaults={{ mediumFrom: year + 1, mediumTo: year + 5, longFrom: year + 1, longTo: year + 15 }} />
    </section>
  );
}
