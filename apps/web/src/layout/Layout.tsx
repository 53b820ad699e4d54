import { Outlet } from 'react-router';
import { AnnouncerProvider } from '../components/Announcer';
import { Footer } from './Footer';
import { Header } from './Header';
import { LanguageSync } from './LanguageSync';
import { SessionTimeout } from './SessionTimeout';
import { SkipLink } from './SkipLink';
import { TotpGate } from './TotpGate';

/** Every page: skip link, header, one main landmark, footer, session timeout warning. */
export function Layout() {
  return (
    <AnnouncerProvider>
      <LanguageSync />
      <SkipLink />
      <div className="site">
        <Header />
        <main id="main" className="site-main" tabIndex={-1}>
          <TotpGate>
            <Outlet />
          </TotpGate>
        </main>
        <Footer />
      </div>
      <SessionTimeout />
    </AnnouncerProvider>
  );
}
