import { useState } from 'preact/hooks';
import type { FeedbackDetail } from '../../api/staff.ts';
import { StaffApiError } from '../../api/staff-client.ts';
import { sessionEnded } from '../../stores/inbox.ts';
import { useInbox } from './context.ts';

type Props = { feedback: FeedbackDetail; onAdded: () => void };

/** Internal notes: colleagues only. A failed note keeps its text. */
export default function NotesPanel({ feedback, onAdded }: Props) {
  const { t, date, client } = useInbox();
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function add(event: Event) {
    event.preventDefault();
    setStatus('');
    if (!body.trim()) {
      setError(t('inbox.error.body.required'));
      return;
    }
    setBusy(true);
    try {
      await client.addNote(feedback.reference, body);
      setBody('');
      setError('');
      setStatus(t('inbox.detail.noteAdded'));
      onAdded();
    } catch (failure) {
      if (sessionEnded(failure)) return;
      const code = failure instanceof StaffApiError ? failure.code : 'other';
      const field = failure instanceof StaffApiError ? failure.error?.fieldErrors?.body : undefined;
      setError(t.known(field ? `inbox.error.body.${field}` : `inbox.error.${code}`, 'inbox.error.other'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="inbox-panel" aria-labelledby="inbox-notes-title">
      <h2 id="inbox-notes-title">{t('inbox.detail.notes')}</h2>
      <p class="inbox-muted">{t('inbox.detail.notesIntro')}</p>
      {feedback.notes.length === 0 ? (
        <p>{t('inbox.detail.noNotes')}</p>
      ) : (
        <ol class="inbox-notes">
          {feedback.notes.map((note) => (
            <li key={note.createdAt + note.body}>
              <p class="inbox-notes__body">{note.body}</p>
              <p class="inbox-meta">
                {t('inbox.detail.noteBy', { email: note.author ?? '—', date: date(note.createdAt) })}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={add} noValidate class="inbox-form">
        <label for="inbox-note">{t('inbox.detail.newNote')}</label>
        {error && (
          <p class="inbox-field-error" id="inbox-note-error">
            {error}
          </p>
        )}
        <textarea
          id="inbox-note"
          rows={3}
          maxLength={5000}
          value={body}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'inbox-note-error' : undefined}
          onInput={(event) => setBody(event.currentTarget.value)}
        />
        <div class="inbox-work__actions">
          <button type="submit" class="button button--secondary" disabled={busy}>
            {t('inbox.detail.addNote')}
          </button>
          <span role="status">{status}</span>
        </div>
      </form>
    </section>
  );
}
