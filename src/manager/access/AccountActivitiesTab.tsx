import { useState } from 'preact/hooks';
import { ActivityActionSchema, type ActivityFilter, ActivityProductSchema } from '../../api/index.ts';
import { activityProductName } from '../brand-names.ts';
import { useManager } from '../context.ts';
import { SelectField, TextField } from '../shared/Field.tsx';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { useLoad } from '../shared/useLoad.ts';

/** The activity log, filtered by date, product and action type (the server filters). */
export function AccountActivitiesTab() {
  const { t, api, locale } = useManager();
  const [filter, setFilter] = useState<ActivityFilter>({});
  const list = useLoad(() => api.getActivities(filter), [filter.from, filter.to, filter.product, filter.action]);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const set = (next: Partial<ActivityFilter>) => setFilter((current) => ({ ...current, ...next }));

  return (
    <>
      <div class="mgr-filters">
        <TextField
          label={t('sandbox.activity.from')}
          type="date"
          value={filter.from ?? ''}
          onInput={(event) => set({ from: event.currentTarget.value || undefined })}
          target="activity-filter-from"
        />
        <TextField
          label={t('sandbox.activity.to')}
          type="date"
          value={filter.to ?? ''}
          onInput={(event) => set({ to: event.currentTarget.value || undefined })}
          target="activity-filter-to"
        />
        <SelectField
          label={t('sandbox.activity.product')}
          value={filter.product ?? ''}
          onChange={(event) =>
            set({
              product: ActivityProductSchema.optional()
                .catch(undefined)
                .parse(event.currentTarget.value || undefined),
            })
          }
          target="activity-filter-product"
        >
          <option value="">{t('sandbox.activity.all')}</option>
          {ActivityProductSchema.options.map((product) => (
            <option key={product} value={product}>
              {activityProductName(t, product)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('sandbox.activity.action')}
          value={filter.action ?? ''}
          onChange={(event) =>
            set({
              action: ActivityActionSchema.optional()
                .catch(undefined)
                .parse(event.currentTarget.value || undefined),
            })
          }
          target="activity-filter-action"
        >
          <option value="">{t('sandbox.activity.all')}</option>
          {ActivityActionSchema.options.map((action) => (
            <option key={action} value={action}>
              {t(`sandbox.activity.action.${action}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          <p class="mgr-muted mgr-small" role="status">
            {t('sandbox.activity.count', { count: list.data.entries.length })}
          </p>
          {list.data.entries.length === 0 ? (
            <p>{t('sandbox.activity.none')}</p>
          ) : (
            <ul class="mgr-list">
              {list.data.entries.map((entry) => (
                <li key={entry.id} class="mgr-list__row mgr-list__row--wrap">
                  <div class="mgr-list__main">
                    <p class="mgr-strong">
                      {t(`sandbox.activity.action.${entry.action}`)} · {activityProductName(t, entry.product)}
                    </p>
                    <p class="mgr-muted mgr-small">
                      {entry.subject} · {entry.ip}
                    </p>
                  </div>
                  <time class="mgr-small" dateTime={entry.at}>
                    {when.format(new Date(entry.at))}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
