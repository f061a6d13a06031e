// The app's screens in the header: new inquiry, saved inquiries, the CPAS's repertory, audit log (the security advisor's), settings.
import { useTranslation } from 'react-i18next';

export type Screen = 'new' | 'saved' | 'lists' | 'registrations' | 'audit' | 'settings';

const ITEMS = [
  { screen: 'new', label: 'nav.newInquiry', testId: 'nav-new' },
  { screen: 'saved', label: 'nav.saved', testId: 'nav-saved' },
  { screen: 'lists', label: 'lists.nav', testId: 'nav-lists' },
  { screen: 'registrations', label: 'access.nav', testId: 'nav-registrations' },
  { screen: 'audit', label: 'nav.audit', testId: 'nav-audit' },
  { screen: 'settings', label: 'settings.nav', testId: 'nav-settings' },
] as const;

export function AppNav({ current, onGo }: { current: Screen; onGo: (screen: Screen) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.screen}>
            <button
              type="button"
              className="nav-item"
              aria-current={current === item.screen ? 'page' : undefined}
              onClick={() => onGo(item.screen)}
              data-testid={item.testId}
            >
              {t(item.label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
