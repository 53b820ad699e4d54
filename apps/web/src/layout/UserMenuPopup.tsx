import { useEffect, useRef, useState } from 'react';
import {
  RouterProvider as AriaRouterProvider,
  Button,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
} from 'react-aria-components';
import { useHref, useNavigate } from 'react-router';
import { useT } from '../i18n/hooks';
import { useSignOut } from './use-sign-out';

interface Props {
  name: string;
  /** Opened by the click that loaded this chunk: focus the real trigger, then open. */
  openOnMount: boolean;
}

export default function UserMenuPopup({ name, openOnMount }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!openOnMount) return;
    // Focus first so that closing the menu returns focus to this button.
    trigger.current?.focus();
    setOpen(true);
  }, [openOnMount]);

  return (
    <AriaRouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      <MenuTrigger isOpen={open} onOpenChange={setOpen}>
        <Button ref={trigger} className="user-menu__button">
          {name}
          <span className="user-menu__chevron" aria-hidden="true">
            ▾
          </span>
        </Button>
        <Popover placement="bottom end" className="menu-popover">
          <Menu
            aria-label={t('userMenu.label')}
            autoFocus="first"
            className="menu"
            onAction={(key) => {
              if (key === 'sign-out') void signOut();
            }}
          >
            <MenuItem id="profile" href="/profile" className="menu__item">
              {t('userMenu.profile')}
            </MenuItem>
            <MenuItem id="sign-out" className="menu__item">
              {t('userMenu.signOut')}
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
    </AriaRouterProvider>
  );
}
