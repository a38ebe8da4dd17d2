// Set <html lang> before the first paint, from the stored choice (see src/i18n/lang.svelte.ts).
// A file of its own, not an inline script, so the Content-Security-Policy can forbid inline scripts.
try {
  var stored = localStorage.getItem('siyu-lab.lang');
  var zh = stored ? stored === 'zh' : /^zh/i.test(navigator.language || '');
  document.documentElement.lang = zh ? 'zh-Hans' : 'en';
} catch (e) {}
