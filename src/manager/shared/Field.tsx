import type { ComponentChildren, InputHTMLAttributes, SelectHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';
import { useManager } from '../context.ts';
import type { ManagerTarget } from '../targets.ts';
import { fieldMessage } from './messages.ts';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'label'>;

/** A labelled input with its hint and field error (aria-invalid, aria-describedby). */
export function TextField({
  label,
  error,
  hint,
  target,
  ...input
}: InputProps & { label: string; error?: string; hint?: string; target?: ManagerTarget }) {
  const { t } = useManager();
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="mgr-field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="mgr-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        data-target={target}
        {...input}
      />
      {error && (
        <p class="mgr-field__error" id={`${id}-error`}>
          {fieldMessage(t, error)}
        </p>
      )}
    </div>
  );
}

/** A labelled select with its field error. */
export function SelectField({
  label,
  error,
  target,
  children,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'label'> & {
  label: string;
  error?: string;
  target?: ManagerTarget;
  children: ComponentChildren;
}) {
  const { t } = useManager();
  const id = useId();
  return (
    <div class="mgr-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-target={target}
        {...select}
      >
        {children}
      </select>
      {error && (
        <p class="mgr-field__error" id={`${id}-error`}>
          {fieldMessage(t, error)}
        </p>
      )}
    </div>
  );
}
