/**
 * How many pages `total` results fill at `pageSize` a page; at least one, so "page 1 of 1"
 * reads right for an empty list.
 */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / Math.max(1, pageSize)));
}
