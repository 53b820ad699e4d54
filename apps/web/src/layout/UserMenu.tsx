import type { Me } from '@entente/contracts';
import { lazy, Suspense, useState } from 'react';

const loadMenu = () => import('./UserMenuPopup');
const UserMenuPopup = lazy(loadMenu);

/**
 * The person's name opens "Mon profil" / "Se déconnecter" (seed header). The react-aria menu is
 * loaded on first use so that it is not part of any page's first-load JavaScript.
 */
export function UserMenu({ me }: { me: Me }) {
  const [requested, setRequested] = useState(false);
  const name = `${me.givenName} ${me.familyName}`;
  const placeholder = (
    <button
      type="button"
      className="user-menu__button"
      aria-haspopup="menu"
      aria-expanded="false"
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={() => setRequested(true)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          setRequested(true);
        }
      }}
    >
      {name}
      <span className="user-menu__chevron" aria-hidden="true">
        ▾
      </span>
    </button>
  );
  if (!requested) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <UserMenuPopup name={name} openOnMount />
    </Suspense>
  );
}
