"use client";

import { useRouter } from "next/navigation";

/** An ActionForm `onSuccess` that clears the form (unless told not to) and re-reads the page. */
export function useRefreshAfterSave({ reset = true }: { reset?: boolean } = {}) {
  const router = useRouter();
  return (_result: unknown, form: HTMLFormElement) => {
    if (reset) form.reset();
    router.refresh();
  };
}
