// The case list's sort orders and filters, shared by the list page and its query (browser-safe).
export const SORTS = ["name", "deadline", "risk", "changed"] as const;
export type ClientSort = (typeof SORTS)[number];
export const SORT_LABELS: Record<ClientSort, string> = {
  name: "Name",
  deadline: "Next deadline",
  risk: "Risk",
  changed: "Last change",
};

export type ClientFilters = {
  q?: string | null;
  phase?: string | null;
  risk?: string | null;
  nationality?: string | null;
  lawyer?: string | null;
  paralegal?: string | null;
  detained?: boolean;
  travelDoc?: string | null;
  deadlineWithin?: number | null;
};
