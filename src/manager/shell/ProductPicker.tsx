import type { PracticeKey } from '../../i18n/practice-strings.ts';
import { type ManagerScreen, openScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Icon, type IconName } from '../shared/Icon.tsx';
import { Popover } from '../shared/Popover.tsx';
import type { ManagerTarget } from '../targets.ts';

interface Product {
  /** A brand name, shown as is, or a dictionary key. */
  name: string | { key: PracticeKey };
  icon: IconName;
  screen?: ManagerScreen;
  target?: ManagerTarget;
}

/** Products by universe, as the Manager's grid shows them; only some open in the practice account. */
const universes: Array<{ title: PracticeKey; products: Product[] }> = [
  {
    title: 'manager.collaborativeTools',
    products: [
      { name: 'kSuite', icon: 'suite', screen: 'ksuite', target: 'product-ksuite' },
      { name: 'kDrive', icon: 'drive' },
      { name: { key: 'sandbox.product.mail' }, icon: 'mail' },
    ],
  },
  {
    title: 'manager.webAndDomain',
    products: [
      { name: { key: 'manager.domains' }, icon: 'globe', screen: 'domains', target: 'product-domains' },
      { name: { key: 'sandbox.product.webHosting' }, icon: 'desktop' },
      { name: { key: 'sandbox.product.ssl' }, icon: 'check' },
    ],
  },
];

/** The grid icon at the top right: every product, grouped by universe. */
export function ProductPicker() {
  const { t } = useManager();
  return (
    <Popover
      label={t('sandbox.nav.products')}
      target="products-menu"
      align="end"
      buttonClass="mgr-icon-button"
      button={<Icon name="grid" />}
    >
      {(close) => (
        <div class="mgr-products">
          {universes.map((universe) => (
            <section key={universe.title} aria-labelledby={`mgr-universe-${universe.title}`}>
              <h3 id={`mgr-universe-${universe.title}`} class="mgr-products__title">
                {t(universe.title)}
              </h3>
              <ul class="mgr-products__list">
                {universe.products.map((product) => {
                  const name = typeof product.name === 'string' ? product.name : t(product.name.key);
                  const screen = product.screen;
                  return (
                    <li key={name}>
                      <button
                        type="button"
                        class="mgr-product"
                        data-target={product.target}
                        aria-disabled={screen ? undefined : 'true'}
                        title={screen ? undefined : t('sandbox.nav.notInPractice')}
                        onClick={() => {
                          if (!screen) return;
                          close();
                          openScreen(screen);
                        }}
                      >
                        <Icon name={product.icon} />
                        <span>{name}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Popover>
  );
}
