// The metadata a file handed to `summit add` may state about itself, as wire exports and our corpus write it.
// Unknown keys are ignored (a note or a byline does not stop an import); values are checked again by the pack schema.
import { z } from 'zod';

const text = z.coerce.string().trim().min(1);

export const incomingFrontMatterSchema = z.object({
  title: text.optional(),
  outlet: text.optional(),
  url: text.optional(),
  /** YAML reads an unquoted 2025-09-03 as a Date; both forms mean that calendar day. */
  published: z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), text]).optional(),
  language: text.optional(),
});
