import { useStore } from '@nanostores/preact';
import type { KeyboardEventHandler } from 'preact';
import { useRef } from 'preact/hooks';
import { $managerScreen } from '../../stores/manager.ts';
import { useManager } from '../context.ts';
import { Screen } from '../shared/Screen.tsx';
import { AccountAccessTab } from './AccountAccessTab.tsx';
import { AccountActivitiesTab } from './AccountActivitiesTab.tsx';

const tabs = [
  { screen: 'account-access', label: 'manager.accountAccess', target: 'account-access-tab' },
  { screen: 'account-activities', label: 'manager.accountActivities', target: 'account-activities-tab' },
] as const;

/** Account access and activities: two tabs (devices and sessions; the activity log). */
export function AccessScreen() {
  const { t } = useManager();
  const { screen } = useStore($managerScreen);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const selected = screen === 'account-activities' ? 1 : 0;

  // Tabs switch without moving focus to the heading: the reader stays on the tab they chose.
  const select = (index: number) => $managerScreen.set({ screen: tabs[index]?.screen ?? 'account-access' });

  const onKeyDown: KeyboardEventHandler<HTMLDivElement> = (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = (selected + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    select(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <Screen title={t('manager.accountAccessAndActivities')} back="profile">
      <div class="mgr-tabs" role="tablist" aria-label={t('manager.accountAccessAndActivities')} onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => (
          <button
            key={tab.screen}
            type="button"
            role="tab"
            id={`mgr-tab-${tab.screen}`}
            aria-selected={index === selected}
            aria-controls="mgr-tabpanel"
            tabIndex={index === selected ? 0 : -1}
            data-target={tab.target}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            onClick={() => select(index)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div id="mgr-tabpanel" role="tabpanel" aria-labelledby={`mgr-tab-${tabs[selected]?.screen}`}>
        {selected === 0 ? <AccountAccessTab /> : <AccountActivitiesTab />}
      </div>
    </Screen>
  );
}
