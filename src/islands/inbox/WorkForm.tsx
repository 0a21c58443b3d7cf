import { useEffect, useState } from 'preact/hooks';
import type { FeedbackDetail } from '../../api/staff.ts';
import { type FeedbackStatus, feedbackStatuses } from '../../api/staff-values.ts';
import { StaffApiError } from '../../api/staff-client.ts';
import { sessionEnded } from '../../stores/inbox.ts';
import { useInbox } from './context.ts';

type Props = { feedback: FeedbackDetail; onSaved: () => void };

/** The status and the assignee of one message, saved together. */
export default function WorkForm({ feedback, onSaved }: Props) {
  const { t, client } = useInbox();
  const [status, setStatus] = useState<FeedbackStatus>(feedback.status);
  const [assignee, setAssignee] = useState(feedback.assignee ?? '');
  const [people, setPeople] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    client
      .people()
      .then((list) => setPeople(list.people.map((person) => person.email)))
      .catch((failure) => sessionEnded(failure));
  }, []);
  useEffect(() => {
    setStatus(feedback.status);
    setAssignee(feedback.assignee ?? '');
  }, [feedback.status, feedback.assignee]);

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    setMessage('');
    try {
      await client.change(feedback.reference, { status, assignee: assignee || null });
      setMessage(t('inbox.detail.saved'));
      onSaved();
    } catch (failure) {
      if (!sessionEnded(failure)) {
        setMessage(
          t.known(
            failure instanceof StaffApiError ? `inbox.error.${failure.code}` : 'inbox.error.other',
            'inbox.error.other',
          ),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="inbox-work" onSubmit={save}>
      <fieldset class="inbox-statuses">
        <legend>{t('inbox.detail.status')}</legend>
        {feedbackStatuses.map((value) => (
          <label key={value} class="inbox-check">
            <input
              type="radio"
              name="status"
              value={value}
              checked={status === value}
              onChange={() => setStatus(value)}
            />
            {t(`inbox.status.${value}`)}
          </label>
        ))}
      </fieldset>
      <label class="inbox-field">
        <span>{t('inbox.detail.assignee')}</span>
        <select value={assignee} onChange={(event) => setAssignee(event.currentTarget.value)}>
          <option value="">{t('inbox.list.unassigned')}</option>
          {[...new Set([...people, ...(feedback.assignee ? [feedback.assignee] : [])])].map((email) => (
            <option value={email} key={email}>
              {email}
            </option>
          ))}
        </select>
      </label>
      <div class="inbox-work__actions">
        <button type="submit" class="button" disabled={busy}>
          {t('inbox.detail.save')}
        </button>
        <span role="status">{message}</span>
      </div>
    </form>
  );
}
