import { useSearchParams } from "@remix-run/react";

/** The link that shows every row of a long list (events, check-ins), keeping the page's other choices. */
export function useShowAllHref(key: "events" | "checkIns", hash: string): string {
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.set(key, "all");
  return `?${next}${hash}`;
}
