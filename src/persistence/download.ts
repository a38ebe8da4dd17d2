/** A scenario as a file the browser downloads: the same file the Library exports and imports. */
import { downloadText } from '../experiments/download.ts';
import { exportScenario } from './importFile.ts';
import type { Scenario } from './scenario.ts';

export function downloadScenario(scenario: Scenario): void {
  const { fileName, text } = exportScenario(scenario);
  downloadText(text, fileName, 'application/json');
}
