import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { registerOffline } from './app/register-offline.ts';
import { loadStoredSession } from './features/session/session.ts';
import { currentLanguage, initI18n, reflectLanguage, storedLanguage } from './i18n/i18n.ts';
import './app/styles.css';

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

registerOffline();

const [i18n, initial] = await Promise.all([initI18n(storedLanguage(storage)), loadStoredSession(storage)]);
reflectLanguage(currentLanguage(i18n.language), i18n.t('app.title'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App storage={storage} initial={initial} />
  </StrictMode>,
);
