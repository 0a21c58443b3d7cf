import { useState } from 'preact/hooks';
import { feedbackStatuses, type FeedbackStatus } from '../../api/staff-values.ts';
import { useInbox } from './context.ts';

type Props = {
  count: number;
  onApply: (status: FeedbackStatus) => Promise<void>;
  onClear: () => void;
};

/** What to do with the selected messages: one status for them all. */
export default function BulkBar({ count, onApply, onClear }: Props) {
  const { t } = useInbox();
  const [status, setStatus] = useState<FeedbackStatus>('in-progress');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="inbox-bulk"
      aria-label={t('inbox.bulk.selected', { count })}
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        await onApply(status);
        setBusy(false);
      }}
    >
      <strong>{t('inbox.bulk.selected', { count })}</strong>
      <label class="inbox-compact-field">
        <span>{t('inbox.bulk.status')}</span>
        <select value={status} onChange={(event) => setStatus(event.currentTarget.value as FeedbackStatus)}>
          {feedbackStatuses.map((value) => (
            <option value={value} key={value}>
              {t(`inbox.status.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="button" disabled={busy}>
        {t('inbox.bulk.apply')}
      </button>
      <button type="button" class="button button--secondary" onClick={onClear}>
        {t('inbox.bulk.clear')}
      </button>
    </form>
  );
}
