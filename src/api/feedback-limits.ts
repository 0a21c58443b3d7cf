/**
 * What a reader's text may hold, in characters (code points: an emoji counts as one). Kept apart
 * from the zod schemas so an island can show the limits without loading zod.
 */
export const feedbackLimits = {
  subject: { min: 3, max: 120 },
  message: { min: 20, max: 5000 },
  comment: { max: 1000 },
  email: { max: 254 },
} as const;

/** The length a reader sees: code points, not UTF-16 units, so "👍" is one character. */
export const textLength = (text: string): number => [...text].length;

/** Why a guide did not help, as the reader picks it (the API's schema and the island share this list). */
export const guideFeedbackReasons = ['missing-step', 'outdated', 'unclear', 'other'] as const;

/** The kinds of feedback a reader picks (the API's schema and the islands share this list). */
export const feedbackKindValues = ['suggestion', 'problem', 'praise'] as const;
