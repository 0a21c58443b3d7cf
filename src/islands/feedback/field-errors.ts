import type { z } from 'zod';
import { feedbackLimits } from '../../api/feedback-limits.ts';
import type { IslandTranslate } from '../../i18n/island-strings.ts';

/** Field name → error code, the first problem of each field (the shape the API answers 400 with). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'body');
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The reader's words for an error code: `<area>.error.<field>.<code>` with the limits filled in,
 * or a generic "check this field" for a code the dictionaries do not know (a newer server).
 */
export function errorMessage(
  t: IslandTranslate<'feedback.error.other'>,
  area: 'feedback' | 'helpful',
  field: string,
  code: string,
): string {
  const limits = (feedbackLimits as Record<string, { min?: number; max: number }>)[field];
  return t.known(`${area}.error.${field}.${code}`, 'feedback.error.other', {
    min: limits?.min ?? 0,
    max: limits?.max ?? 0,
  });
}
