// Query of `GET /api/yearbooks/:id/events` (the outline's server-sent events).
import { z } from 'zod';

/** `?since=<version>`: send the events after this version first (like Last-Event-ID). */
export const EventsQuerySchema = z.object({
  since: z.coerce.number().int().min(0).optional(),
});
export type EventsQuery = z.infer<typeof EventsQuerySchema>;
