import { useInbox } from './context.ts';

type Props = {
  from?: string;
  to?: string;
  onChange: (edge: 'from' | 'to', day: string) => void;
};

/** "Received from … until …", two date fields that filter as soon as one changes. */
export default function DateRange({ from, to, onChange }: Props) {
  const { t } = useInbox();
  return (
    <>
      <label class="inbox-field">
        <span>{t('inbox.filters.from')}</span>
        <input type="date" value={from ?? ''} onChange={(event) => onChange('from', event.currentTarget.value)} />
      </label>
      <label class="inbox-field">
        <span>{t('inbox.filters.to')}</span>
        <input type="date" value={to ?? ''} onChange={(event) => onChange('to', event.currentTarget.value)} />
      </label>
    </>
  );
}
