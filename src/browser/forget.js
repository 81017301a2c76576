// What Spec Lens keeps outside localStorage for this address: the offline copies of the page (named
// "spec-lens <scope> <version>" by sw.js) and the service worker that serves them.
export async function forgetOffline() {
  let removed = 0;
  const registration = navigator.serviceWorker && (await navigator.serviceWorker.getRegistration());
  const scope = registration ? registration.scope : new URL(".", location.href).href;
  if (self.caches) {
    for (const name of await caches.keys()) {
      if (name.startsWith("spec-lens " + scope + " ")) removed += (await caches.delete(name)) ? 1 : 0;
    }
  }
  if (registration) await registration.unregister();
  return removed;
}

// Asks the browser to keep this site's storage under pressure. "granted", "denied", or
// "unsupported" (no StorageManager, as on a page not served securely).
export async function persistStorage(ask) {
  const s = navigator.storage;
  if (!s || !s.persist || !s.persisted) return "unsupported";
  if (await s.persisted()) return "granted";
  if (!ask) return "not asked";
  return (await s.persist()) ? "granted" : "denied";
}
