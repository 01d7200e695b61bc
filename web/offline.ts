// Offline use: a service worker keeps the page, its scripts, the WebAssembly core and the
// model in a cache once they have loaded, and serves them from there when the network is gone.
export function registerOffline(): void {
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  void navigator.serviceWorker
    .register(new URL("./sw.js", location.href))
    .then(async (registration) => {
      const sw = registration.active ?? registration.installing ?? registration.waiting;
      const urls = [location.href, ...performance.getEntriesByType("resource").map((e) => e.name)].filter((u) => u.startsWith(location.origin));
      const send = (w: ServiceWorker) => w.postMessage({ cache: urls });
      if (sw?.state === "activated") send(sw);
      else sw?.addEventListener("statechange", () => sw.state === "activated" && send(sw));
    })
    .catch(() => undefined); // without a service worker the page still works online
}
