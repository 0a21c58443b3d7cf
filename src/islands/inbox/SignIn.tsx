import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StaffApiError, type StaffClient } from '../../api/staff-client.ts';
import { $signInNotice, signIn } from '../../stores/inbox.ts';
import type { speak } from './context.ts';

type Props = { words: ReturnType<typeof speak>; client: StaffClient };

/**
 * Email and password. A wrong pair answers in a role="alert" message that never says which of
 * the two was wrong; what was typed stays (but the password, which is cleared).
 */
export default function SignIn({ words, client }: Props) {
  const { t } = words;
  const notice = useStore($signInNotice);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => emailRef.current?.focus(), []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function submit(event: Event) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = 'required';
    if (!password) missing.password = 'required';
    setFields(missing);
    if (Object.keys(missing).length > 0) {
      setError(
        Object.keys(missing)
          .map((field) => t.known(`inbox.error.${field}.required`, 'inbox.error.other'))
          .join(' '),
      );
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await signIn(client, { email, password });
    } catch (failure) {
      setPassword('');
      if (failure instanceof StaffApiError && failure.error?.code === 'rate-limited') {
        const minutes = Math.max(1, Math.ceil((failure.error.retryAfterSeconds ?? 60) / 60));
        setError(t('inbox.error.rate-limited', { count: minutes }));
      } else if (failure instanceof StaffApiError && failure.error?.code === 'sign-in-failed') {
        setError(t('inbox.error.sign-in-failed'));
      } else {
        setError(
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
    <section class="inbox-signin" aria-labelledby="inbox-signin-title">
      <h1 id="inbox-signin-title">{t('inbox.signIn.title')}</h1>
      <p>{t('inbox.signIn.intro')}</p>
      {notice && !error && (
        <p class="inbox-notice" role="status">
          {notice === 'signed-out' ? t('inbox.signedOut') : t('inbox.error.not-signed-in')}
        </p>
      )}
      {error && (
        <div class="inbox-error" role="alert" tabIndex={-1} ref={errorRef}>
          {error}
        </div>
      )}
      <form onSubmit={submit} noValidate class="inbox-form">
        <label for="inbox-email">{t('inbox.signIn.email')}</label>
        <input
          id="inbox-email"
          ref={emailRef}
          type="email"
          name="email"
          autocomplete="username"
          spellcheck={false}
          value={email}
          aria-invalid={fields.email ? 'true' : undefined}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
        <label for="inbox-password">{t('inbox.signIn.password')}</label>
        <input
          id="inbox-password"
          type="password"
          name="password"
          autocomplete="current-password"
          value={password}
          aria-invalid={fields.password ? 'true' : undefined}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('inbox.signIn.submitting') : t('inbox.signIn.submit')}
        </button>
      </form>
      <p class="inbox-muted">{t('inbox.signIn.noAccount')}</p>
    </section>
  );
}
