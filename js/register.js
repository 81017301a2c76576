// Offline use (served minified and hashed by Trunk): registers sw.js (written by scripts/sw.py) and, when a new version is waiting, offers a reload.
if (isSecureContext && navigator.serviceWorker) addEventListener("load", () => {
  const s = navigator.serviceWorker, old = s.controller;
  const show = (r) => {
    if (document.querySelector(".update")) return;
    const d = document.createElement("div"), b = document.createElement("button");
    d.className = "notice update no-print";
    d.setAttribute("role", "status");
    document.body.append(d);
    // If the app mounts after this, move the notice back to the end of the page (and of the tab order).
    addEventListener("TrunkApplicationStarted", () => document.body.append(d));
    b.className = "button";
    b.type = "button";
    // Worded in the page's language (<html lang>, which the app keeps): this runs outside the app's catalogue.
    const welsh = document.documentElement.lang == "cy";
    b.textContent = welsh ? "Ail-lwytho" : "Reload";
    // The newest waiting worker at the time of the click: a later deployment may have replaced the first one.
    b.onclick = () => r.waiting && r.waiting.postMessage("skipWaiting");
    // Filled after a moment, so screen readers announce the change to a live region already there.
    setTimeout(() => d.append(welsh ? "Mae fersiwn newydd o Spec Lens yn barod. " : "A new version of Spec Lens is ready. ", b), 99);
  };
  // The new worker takes over only when asked (skipWaiting), then every page it controls reloads into it.
  if (old) s.addEventListener("controllerchange", () => location.reload(), { once: true });
  s.register("sw.js").then((r) => {
    // A worker that installs (or is found) before this runs is already waiting or still installing:
    // check both, then follow every later one.
    const watch = (w) => {
      if (!w || !old) return;
      if (w.state == "installed") show(r);
      else w.addEventListener("statechange", () => w.state == "installed" && show(r));
    };
    watch(r.waiting);
    watch(r.installing);
    r.addEventListener("updatefound", () => watch(r.installing));
    // A tab left open for days looks for a new version whenever it is shown again.
    document.addEventListener("visibilitychange", () => document.hidden || r.update().catch(() => {}));
    // No worker (refused, blocked by a policy or an extension): the page works as before, online only.
  }).catch(() => {});
});
