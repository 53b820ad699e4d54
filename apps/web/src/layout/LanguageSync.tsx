import { useEffect, useRef } from 'react';
import { useMe } from '../api/queries';
import { useLanguage } from '../i18n/hooks';

/** When a person signs in (or the page loads signed in), the UI follows their preferred language. */
export function LanguageSync() {
  const me = useMe();
  const { language, setLanguage } = useLanguage();
  const syncedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!me) {
      syncedFor.current = null;
      return;
    }
    if (syncedFor.current === me.id) return;
    syncedFor.current = me.id;
    if (me.preferredLanguage !== language) void setLanguage(me.preferredLanguage);
  }, [me, language, setLanguage]);

  return null;
}
