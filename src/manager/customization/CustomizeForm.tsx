import { useState } from 'preact/hooks';
import type { ApiRequestError } from '../../api/client-error.ts';
import type { Customization } from '../../api/index.ts';
import { useManager } from '../context.ts';
import { SelectField, TextField } from '../shared/Field.tsx';
import { ErrorNotice } from '../shared/Status.tsx';
import { asApiError } from '../shared/useLoad.ts';

/** Sample files the practice account can "upload". */
const squareLogos = ['square-logo.svg', 'monogram.png'];
const rectangularLogos = ['wide-logo.svg', 'banner.png'];

/** The form behind one of the two Customize buttons. The server decides who may save it. */
export function CustomizeForm({
  part,
  organizationId,
  customization,
  onSaved,
  onCancel,
}: {
  part: 'top-left' | 'apps';
  organizationId: string;
  customization: Customization;
  onSaved: (customization: Customization) => void;
  onCancel: () => void;
}) {
  const { t, api } = useManager();
  const [kind, setKind] = useState(customization.square.kind);
  const [logoName, setLogoName] = useState(
    customization.square.kind === 'logo' ? customization.square.logoName : (squareLogos[0] as string),
  );
  const [initials, setInitials] = useState(
    customization.square.kind === 'initials' ? customization.square.initials : '',
  );
  const [rectangular, setRectangular] = useState(customization.rectangularLogoName ?? '');
  const [error, setError] = useState<ApiRequestError | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setError(null);
    const square: Customization['square'] = kind === 'logo' ? { kind, logoName } : { kind, initials };
    try {
      onSaved(await api.saveCustomization(organizationId, { square, rectangularLogoName: rectangular || null }));
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  const rectangularField = (
    <SelectField
      label={t('sandbox.custom.rectangularLogo')}
      value={rectangular}
      disabled={part === 'top-left' && kind === 'logo'}
      target="customize-rectangular-logo"
      onChange={(event) => setRectangular(event.currentTarget.value)}
      error={error?.fieldErrors.rectangularLogoName}
    >
      <option value="">{t('sandbox.custom.noRectangularLogo')}</option>
      {rectangularLogos.map((file) => (
        <option key={file} value={file}>
          {file}
        </option>
      ))}
    </SelectField>
  );

  return (
    <form class="mgr-subform" onSubmit={submit} noValidate aria-label={t('manager.customize')}>
      {error && <ErrorNotice error={error} />}
      {part === 'top-left' ? (
        <>
          <fieldset class="mgr-fieldset">
            <legend>{t('sandbox.custom.squareKind')}</legend>
            <label class="mgr-choice">
              <input
                type="radio"
                name="square-kind"
                checked={kind === 'logo'}
                data-target="customize-square-logo"
                onChange={() => {
                  setKind('logo');
                  setRectangular('');
                }}
              />
              {t('sandbox.custom.squareLogo')}
            </label>
            <label class="mgr-choice">
              <input
                type="radio"
                name="square-kind"
                checked={kind === 'initials'}
                data-target="customize-initials"
                onChange={() => setKind('initials')}
              />
              {t('sandbox.custom.initials')}
            </label>
          </fieldset>
          {kind === 'logo' ? (
            <SelectField
              label={t('sandbox.custom.logoFile')}
              value={logoName}
              target="customize-logo-file"
              onChange={(event) => setLogoName(event.currentTarget.value)}
            >
              {squareLogos.map((file) => (
                <option key={file} value={file}>
                  {file}
                </option>
              ))}
            </SelectField>
          ) : (
            <TextField
              label={t('sandbox.custom.initials')}
              value={initials}
              maxLength={3}
              target="customize-initials-input"
              onInput={(event) => setInitials(event.currentTarget.value)}
              error={error?.fieldErrors['square.initials']}
            />
          )}
          {rectangularField}
          {kind === 'logo' && <p class="mgr-muted mgr-small">{t('sandbox.custom.rectangularNotWithSquare')}</p>}
        </>
      ) : (
        rectangularField
      )}
      <div class="mgr-actions">
        <button type="button" class="mgr-button mgr-button--ghost" onClick={onCancel}>
          {t('sandbox.cancel')}
        </button>
        <button type="submit" class="mgr-button mgr-button--primary" data-target="customization-save">
          {t('manager.save')}
        </button>
      </div>
    </form>
  );
}
