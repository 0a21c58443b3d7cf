import { z } from './zod.ts';

export const ActivityProductSchema = z.enum(['manager', 'mail', 'kdrive', 'domains', 'ksuite']);
export type ActivityProduct = z.output<typeof ActivityProductSchema>;
export const ActivityActionSchema = z.enum(['login', 'settings-change', 'create', 'delete', 'payment']);
export type ActivityAction = z.output<typeof ActivityActionSchema>;

/** One line of the Account activities tab. `subject` is a name (a domain, a file…), never prose. */
export const ActivityEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  product: ActivityProductSchema,
  action: ActivityActionSchema,
  subject: z.string(),
  ip: z.string(),
});
export type ActivityEntry = z.output<typeof ActivityEntrySchema>;

export const ActivityListSchema = z.object({ entries: z.array(ActivityEntrySchema) });
export type ActivityList = z.output<typeof ActivityListSchema>;

/** Query of `GET activities`: every filter optional; `from`/`to` are dates (inclusive). */
export const ActivityFilterSchema = z.object({
  from: z.iso.date({ error: 'invalid-date' }).optional(),
  to: z.iso.date({ error: 'invalid-date' }).optional(),
  product: ActivityProductSchema.optional(),
  action: ActivityActionSchema.optional(),
});
export type ActivityFilter = z.output<typeof ActivityFilterSchema>;
