// The page's first script, run while the page is still being parsed, before any of the app's
// code has loaded. A file of its own, not an inline script, so the Content-Security-Policy can
// forbid inline scripts.

// 1. Set <html lang> before the first paint, from the stored choice (see src/i18n/lang.svelte.ts).
try {
  var stored = localStorage.getItem('siyu-lab.lang');
  var zh = stored ? stored === 'zh' : /^zh/i.test(navigator.language || '');
  document.documentElement.lang = zh ? 'zh-Hans' : 'en';
} catch (e) {}

// 2. Start the simulation worker now: it loads, warms up and begins the default scenario while
// the app's code loads (see src/sim/bootWorker.ts, which hands it to the app). The build names
// the worker's file in <meta name="siyu-sim-worker">; without it (the dev server) the app
// starts its worker itself.
(function () {
  var meta = document.querySelector('meta[name="siyu-sim-worker"]');
  if (!meta || typeof Worker !== 'function') return;
  try {
    var worker = new Worker(meta.getAttribute('content'), { type: 'module', name: 'siyu-sim' });
    var boot = { worker: worker, failed: false, taken: false, started: null };
    // The worker's first message may come before the app listens: remember it here.
    boot.started = new Promise(function (resolve) {
      worker.addEventListener('message', function () { resolve(); }, { once: true });
      worker.addEventListener('error', function () { boot.failed = true; resolve(); }, { once: true });
    });
    window.__siyuSimWorker = boot;
  } catch (e) {}
})();
