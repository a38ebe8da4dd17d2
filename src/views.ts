/**
 * The app's views, in the order of the top navigation. A view is one folder of src/ with a
 * root component that takes no props and reads its own state. Add a view with one entry here.
 */
import type { Component } from 'svelte';
import ExplorerView from './explorer/ExplorerView.svelte';
import ExperimentsView from './experiments/ExperimentsView.svelte';
import LessonView from './lesson/LessonView.svelte';
import LibraryView from './library/LibraryView.svelte';

export interface View {
  /** The hash route: `#/<id>`. */
  id: string;
  label: { en: string; zh: string };
  component: Component;
}

export const VIEWS: View[] = [
  { id: 'explore', label: { en: 'Explorer', zh: '探索' }, component: ExplorerView },
  { id: 'experiments', label: { en: 'Experiments', zh: '实验' }, component: ExperimentsView },
  { id: 'lesson', label: { en: 'Lesson', zh: '课程' }, component: LessonView },
  { id: 'library', label: { en: 'Library', zh: '方案库' }, component: LibraryView },
];
