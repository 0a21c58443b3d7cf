import type { ActivityProduct, KSuitePlan } from '../api/index.ts';
import type { PracticeTranslate } from '../i18n/practice-strings.ts';

/** kSuite plan names are product names: the same in every language. */
export const kSuitePlanNames: Record<KSuitePlan, string> = {
  standard: 'Standard',
  business: 'Business',
  enterprise: 'Enterprise',
};

/** Names of products in the activity log: brands, except Domains which the guides translate. */
export function activityProductName(t: PracticeTranslate, product: ActivityProduct): string {
  const brands: Record<Exclude<ActivityProduct, 'domains'>, string> = {
    manager: 'Manager',
    mail: 'Mail',
    kdrive: 'kDrive',
    ksuite: 'kSuite',
  };
  return product === 'domains' ? t('manager.domains') : brands[product];
}
