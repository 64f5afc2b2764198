/** A change to one field: the value before and after, as JSON. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

/**
 * The fields that differ between two versions of a record, as `{ field: { from, to } }`.
 * Bookkeeping columns (`updatedAt`, ids) are left out by the caller through `fields`.
 */
export function changedFields<Record extends object>(
  before: Record,
  after: Record,
  fields: readonly (keyof Record & string)[],
): { [field: string]: FieldChange } {
  const changes: { [field: string]: FieldChange } = {};
  for (const field of fields) {
    const from = before[field];
    const to = after[field];
    if (comparable(from) !== comparable(to)) changes[field] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}

/** The given fields of a record, for the event of its creation or deletion. */
export function snapshotOf<Record extends object>(
  record: Record,
  fields: readonly (keyof Record & string)[],
): { [field: string]: unknown } {
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]));
}
