/**
 * Which view is open, kept in the URL hash as `#/<view>/<rest>` (e.g. `#/lesson/3`,
 * `#/experiments`), so the back button and a copied link open the same place. `rest` is
 * the view's own business (a lesson step, a share-link payload, …).
 */
export interface Location {
  view: string;
  rest: string;
}

/** Parses `#/view/rest…`; anything else is the default view. */
export function parseHash(hash: string, fallback: string): Location {
  const match = /^#\/([a-z-]+)(?:\/(.*))?$/.exec(hash);
  return match ? { view: match[1], rest: match[2] ?? '' } : { view: fallback, rest: '' };
}

export function formatHash(location: Location): string {
  return `#/${location.view}${location.rest ? `/${location.rest}` : ''}`;
}

export const DEFAULT_VIEW = 'explore';

class Route {
  current = $state<Location>({ view: DEFAULT_VIEW, rest: '' });

  constructor() {
    if (typeof window === 'undefined') return;
    this.current = parseHash(window.location.hash, DEFAULT_VIEW);
    window.addEventListener('hashchange', () => {
      this.current = parseHash(window.location.hash, DEFAULT_VIEW);
    });
  }

  /** Opens a view (a history entry of its own). */
  go(view: string, rest = ''): void {
    const hash = formatHash({ view, rest });
    if (typeof window !== 'undefined' && window.location.hash !== hash) window.location.hash = hash;
    this.current = { view, rest };
  }

  /** Rewrites the view's `rest` without a history entry (state that follows the user). */
  replaceRest(rest: string): void {
    const next = { view: this.current.view, rest };
    if (typeof window !== 'undefined') history.replaceState(history.state, '', formatHash(next));
    this.current = next;
  }
}

export const route = new Route();
