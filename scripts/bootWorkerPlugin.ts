/**
 * Vite plugin: name the built simulation worker's file in index.html
 * (`<meta name="siyu-sim-worker" content="/assets/sim.worker-<hash>.js">`), so that
 * public/boot.js can start the worker while the page is still being parsed, before the app's
 * own code has loaded. Build only: the dev server serves workers through its own module shim.
 */
import type { Plugin } from 'vite';

/** The meta tag's name, read by public/boot.js. */
export const BOOT_WORKER_META = 'siyu-sim-worker';
const BOOT_SCRIPT = '<script src="/boot.js"></script>';

export function bootWorkerPlugin(): Plugin {
  let base = '/';
  return {
    name: 'siyu-boot-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((name) => /(^|\/)sim\.worker-[\w-]+\.js$/.test(name));
        if (files.length !== 1) {
          throw new Error(`siyu-boot-worker: expected one built sim.worker-<hash>.js in the bundle, found ${files.length} (${files.join(', ') || 'none'})`);
        }
        // Just before boot.js, which reads it while the page is being parsed.
        if (!html.includes(BOOT_SCRIPT)) throw new Error(`siyu-boot-worker: index.html has no ${BOOT_SCRIPT}`);
        return html.replace(BOOT_SCRIPT, `<meta name="${BOOT_WORKER_META}" content="${base}${files[0]}" />\n    ${BOOT_SCRIPT}`);
      },
    },
  };
}
