import { useInbox } from './context.ts';

/** What went wrong, from the staff API's error code, in the person's language (any unknown code reads as "other"). */
export default function ErrorAlert({ code }: { code: string }) {
  const { t } = useInbox();
  return (
    <div class="inbox-error" role="alert">
      {t.known(`inbox.error.${code}`, 'inbox.error.other')}
    </div>
  );
}
