import type { Me, Profile } from '@entente/contracts';
import { accountApi } from '../api/endpoints';
import { useMe, useSessionStore } from '../api/queries';
import { useAnnounce } from '../components/Announcer';
import { useLanguage } from '../i18n/hooks';
import { translator } from '../i18n/translate';

export function profileOf(me: Me): Profile {
  return {
    givenName: me.givenName,
    familyName: me.familyName,
    phone: me.phone ?? undefined,
    address: me.address ?? undefined,
    preferredLanguage: me.preferredLanguage,
  };
}

/** "English" / "Français": switches the UI; when signed in, also saves the preferred language. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useLanguage();
  const me = useMe();
  const sessionStore = useSessionStore();
  const announce = useAnnounce();
  const other = language === 'fr' ? 'en' : 'fr';

  async function change() {
    await setLanguage(other);
    announce(translator(other)('lang.changed'));
    if (!me) return;
    try {
      const updated = await accountApi.updateProfile({
        ...profileOf(me),
        preferredLanguage: other,
      });
      sessionStore.updateMe(updated);
    } catch {
      // The interface still changes; the preference can be saved from the profile page.
    }
  }

  return (
    <button
      type="button"
      className="lang-switch"
      lang={t('lang.other.code')}
      onClick={() => void change()}
    >
      {t('lang.other.name')}
    </button>
  );
}
