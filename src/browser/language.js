// The Welsh catalogue, fetched from this site when Welsh is first chosen (never on the first load of
// an English page); the service worker keeps it for offline use (scripts/sw.py).
export async function fetchCatalogue(path) {
  const response = await fetch(new URL(path, document.baseURI).href, { cache: "no-cache" });
  if (!response.ok) throw "HTTP " + response.status;
  return response.text();
}

// Other windows of this site (the projector, the presenter) follow a change of language.
export function onLanguageChange(key, callback) {
  addEventListener("storage", (e) => {
    if (e.key === key) callback();
  });
}
