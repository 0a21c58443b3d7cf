import { useEffect, useRef } from 'preact/hooks';

export interface SummaryError {
  /** The id of the field to move to. */
  fieldId: string;
  message: string;
}

type Props = { title: string; errors: SummaryError[] };

/**
 * The GOV.UK error summary: a titled box listing each problem as a link to its field. It takes
 * focus when it appears, so keyboard and screen reader users hear it at once.
 */
export default function ErrorSummary({ title, errors }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [errors]);

  function moveTo(event: MouseEvent, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    // The label (or legend) above the field stays visible, as GOV.UK does.
    field.closest('.fb-field')?.scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  }

  return (
    <div class="fb-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="fb-summary-title">
      <h2 id="fb-summary-title" class="fb-summary__title">
        {title}
      </h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => moveTo(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
