import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';

/** What the reader has typed in a feedback form and not sent yet. */
export interface FeedbackDraft {
  kind: string;
  subject: string;
  message: string;
  email: string;
  replyConsent: boolean;
}

export const emptyDraft: FeedbackDraft = { kind: '', subject: '', message: '', email: '', replyConsent: false };

const drafts = new Map<string, WritableAtom<FeedbackDraft>>();

function decode(saved: string): FeedbackDraft {
  try {
    return { ...emptyDraft, ...(JSON.parse(saved) as Partial<FeedbackDraft>) };
  } catch {
    return emptyDraft;
  }
}

/**
 * The draft of one service's form (`$draft`), kept in localStorage as the reader types, so closing
 * the tab and coming back restores it. One key per service: drafts for two services never mix.
 */
export function draftStore(service: string): WritableAtom<FeedbackDraft> {
  let $draft = drafts.get(service);
  if (!$draft) {
    $draft = persistentAtom<FeedbackDraft>(`help-center:feedback-draft:v1:${service}`, emptyDraft, {
      encode: JSON.stringify,
      decode,
    });
    drafts.set(service, $draft);
  }
  return $draft;
}

/** Forgets a draft once its feedback is safely in the outbox. */
export function clearDraft(service: string): void {
  draftStore(service).set(emptyDraft);
}
