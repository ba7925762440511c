/**
 * Registers the service worker that the build emits (src/build/vite-plugin-offline.ts), so that
 * once loaded the app works with no network: exam rooms are often offline. Production builds
 * only (the dev server has no `sw.js`); a browser without service workers, or a failed
 * registration, changes nothing: the app still works online.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => {
    try {
      navigator.serviceWorker.register('./sw.js').catch(() => undefined);
    } catch {
      // Ignored: see above.
    }
  };
  // After the page has loaded, so that precaching does not compete with the first screen.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
