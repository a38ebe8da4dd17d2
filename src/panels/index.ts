/** The app's panels: controls and read-outs around the charts. */
export { default as ParameterPanel } from './ParameterPanel.svelte';
export { default as ParamControl } from './ParamControl.svelte';
export { default as KpiCards } from './KpiCards.svelte';
export { default as PresetPicker } from './PresetPicker.svelte';
export { default as CompareBar } from './CompareBar.svelte';
export { default as ProgressBar } from './ProgressBar.svelte';
export { default as RunControls } from './RunControls.svelte';
export { default as LangSwitch } from './LangSwitch.svelte';
export { default as ChartGrid } from './ChartGrid.svelte';
export { formatKpi, formatKpiDiff } from './kpiFormat.ts';
export { displayValue, inputText, sourceText } from './paramText.ts';
