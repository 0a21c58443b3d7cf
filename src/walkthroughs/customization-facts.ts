import type { ApiClient } from '../api/client.ts';
import type { Translate } from '../i18n/t.ts';
import type { Fact } from './engine.ts';

/** What the current organization looks like in the Manager: the square at the top left, and the rectangular logo. */
export async function customizationFacts(api: ApiClient, t: Translate): Promise<Fact[]> {
  const { currentOrganizationId } = await api.getOrganizations();
  const { square, rectangularLogoName } = await api.getCustomization(currentOrganizationId);
  return [
    {
      label: t('walkthrough.fact.topLeft'),
      value:
        square.kind === 'logo'
          ? t('walkthrough.fact.squareLogo', { file: square.logoName })
          : t('walkthrough.fact.initials', { initials: square.initials }),
    },
    { label: t('walkthrough.fact.rectangularLogo'), value: rectangularLogoName ?? t('walkthrough.fact.none') },
  ];
}
