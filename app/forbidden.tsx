import Link from "next/link";
import { getTranslator } from "@/lib/auth/request-locale";

export default async function Forbidden() {
  const t = await getTranslator();
  return (
    <main id="main" className="app-main narrow stack">
      <h1>{t("common.forbiddenTitle")}</h1>
      <p>{t("common.forbiddenText")}</p>
      <Link href="/workshops">{t("common.backToWorkshops")}</Link>
    </main>
  );
}
