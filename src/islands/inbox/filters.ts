/**
 * The inbox's filters as they stand in its address (`/inbox/?service=kdrive&status=new`), so a
 * view can be shared. Only known keys are read; empty values are dropped.
 */
export const filterKeys = ['service', 'kind', 'status', 'locale', 'from', 'to', 'q', 'assignee'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type InboxFilters = Partial<Record<FilterKey, string>>;

export function filtersFromSearch(search: string): InboxFilters {
  const params = new URLSearchParams(search);
  const filters: InboxFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value.slice(0, 200);
  }
  return filters;
}

export function searchFromFilters(filters: InboxFilters): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The same filters with one changed (or removed when `value` is empty). */
export function withFilter(filters: InboxFilters, key: FilterKey, value: string | undefined): InboxFilters {
  const next = { ...filters };
  if (value) next[key] = value;
  else delete next[key];
  return next;
}
