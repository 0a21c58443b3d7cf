import type { ApiRequestError } from '../../api/client-error.ts';
import { useManager } from '../context.ts';
import { Icon } from './Icon.tsx';
import { errorMessage } from './messages.ts';

/** A loading line, announced politely. */
export function Loading() {
  const { t } = useManager();
  return (
    <p class="mgr-loading" role="status">
      <span class="mgr-spinner" aria-hidden="true" />
      {t('sandbox.loading')}
    </p>
  );
}

/** A failed call, in the reader's words, with a way to try again when that can help. */
export function ErrorNotice({
  error,
  onRetry,
  children,
}: {
  error: ApiRequestError;
  onRetry?: () => void;
  children?: preact.ComponentChildren;
}) {
  const { t } = useManager();
  return (
    <div class="mgr-error" role="alert">
      <Icon name="warning" />
      <div>
        <p>{errorMessage(t, error)}</p>
        {children}
        {onRetry && (
          <button type="button" class="mgr-button mgr-button--small" onClick={onRetry}>
            {t('sandbox.retry')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Where success messages appear; always in the DOM so screen readers hear the change. */
export function Announcement({ message }: { message: string | null }) {
  return (
    <p class={message ? 'mgr-success' : 'visually-hidden'} role="status">
      {message}
    </p>
  );
}
