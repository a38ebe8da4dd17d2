/**
 * The app's views, in the order of the top navigation. A view is one folder of src/ with a
 * root component that takes no props and reads its own state. Add a view with one entry here.
 */
import type { Component } from 'svelte';
import ExplorerView from './explorer/ExplorerView.svelte';

export interface View {
  /** The hash route: `#/<id>`. */
  id: string;
  label: { en: string; zh: string };
  /**
   * The view's root component. The explorer (the default view) comes with the page; the
   * others' code is fetched on their first visit, so the page's script stays small.
   */
  load: () => Component | Promise<Component>;
}

export const VIEWS: View[] = [
  { id: 'explore', label: { en: 'Explorer', zh: '探索' }, load: () => ExplorerView },
  {
    id: 'experiments',
    label: { en: 'Experiments', zh: '实验' },
    load: () => import('./experiments/ExperimentsView.svelte').then((m) => m.default),
  },
  { id: 'lesson', label: { en: 'Lesson', zh: '课程' }, load: () => import('./lesson/LessonView.svelte').then((m) => m.default) },
  { id: 'library', label: { en: 'Library', zh: '方案库' }, load: () => import('./library/LibraryView.svelte').then((m) => m.default) },
];
