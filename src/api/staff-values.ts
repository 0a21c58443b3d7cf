/**
 * Values of the staff API that the inbox's islands show, kept apart from the zod schemas
 * (src/api/staff.ts) so the islands do not load zod.
 */

/** Where a piece of feedback is in its team's work: new → in progress → answered or closed (or spam). */
export const feedbackStatuses = ['new', 'in-progress', 'answered', 'closed', 'spam'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

/** The staff API's routes, under the API base. */
export const staffRoutes = {
  session: 'staff/session',
  feedbackList: 'staff/feedback',
  feedbackItem: 'staff/feedback/:reference',
  feedbackNotes: 'staff/feedback/:reference/notes',
  feedbackBulk: 'staff/feedback-bulk',
  feedbackExport: 'staff/feedback-export',
  guideAnswers: 'staff/guide-answers',
  guideAnswersExport: 'staff/guide-answers-export',
  people: 'staff/people',
} as const;
