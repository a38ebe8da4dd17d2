/**
 * The CLI's texts, generated from the parameter schema and the preset table so they never
 * drift from what the model accepts.
 */
import { GROUP_LABELS, PARAM_GROUPS, PARAM_SPECS, expectedOf } from '../models/params/index.ts';
import type { ParamSpec } from '../models/params/index.ts';
import { PRESETS, PRESET_FAMILIES } from '../models/presets/index.ts';
import { OPTIONS } from './args.ts';

/** A number for people: integers as is, others to 6 significant digits (1/30 → 0.0333333). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/** `--help`: usage, options, then every parameter with its default, range, unit and meaning. */
export function renderHelp(): string {
  const lines: string[] = [
    'Siyu Lab (私域 Lab): agent-based simulation of public- and private-domain traffic.',
    '',
    'Usage: npm run sim -- [options]',
    '       npx tsx cli/sim.ts [options]',
    '',
    'Options:',
  ];
  const flags = Object.entries(OPTIONS).map(([name, option]) => {
    const short = 'short' in option ? `-${option.short}, ` : '';
    return [`${short}--${name}${'value' in option ? ` ${option.value}` : ''}`, option.help] as const;
  });
  const width = Math.max(...flags.map(([flag]) => flag.length));
  for (const [flag, help] of flags) lines.push(`  ${flag.padEnd(width)}  ${help}`);
  lines.push(
    '',
    'Parameters: defaults < --preset < --params file < --set. Bad input exits with code 2 and',
    'one line on stderr; nothing is written to --out unless the run succeeds. Input is read as',
    'strictly as the app reads it: each option once, each --set key once, a --params file of',
    'at most 1 MB with no repeated key. An --out that cannot be written, and a run whose',
    'estimated memory or time is beyond this machine (shown; see --force), exit 2 before running.',
    '',
    'Examples:',
    '  npm run sim -- --preset interest+douyin+hybrid --seed 7 --out run.json',
    '  npm run sim -- --preset bass --set population=2000 --set horizonDays=60 --format csv',
    '  npm run sim -- --params examples/params/small-market.json --replications 10',
  );
  const keyWidth = Math.max(...PARAM_SPECS.map((spec) => spec.key.length));
  for (const group of PARAM_GROUPS) {
    lines.push('', `${GROUP_LABELS[group].en} (${GROUP_LABELS[group].zh})`);
    for (const spec of PARAM_SPECS.filter((s) => s.group === group)) {
      lines.push(`  ${spec.key.padEnd(keyWidth)}  default ${defaultText(spec)}; ${expectedOf(spec)}${unitText(spec)}`);
      lines.push(`  ${' '.repeat(keyWidth)}  ${spec.label.en} / ${spec.label.zh}: ${spec.meaning.en}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function defaultText(spec: ParamSpec): string {
  return typeof spec.default === 'number' ? formatNumber(spec.default) : spec.default;
}

function unitText(spec: ParamSpec): string {
  return spec.kind === 'choice' ? '' : `, ${spec.unit.en}`;
}

/** `--schema`: the parameter schema as JSON (groups, then every spec as declared). */
export function renderSchema(): string {
  const groups = PARAM_GROUPS.map((id) => ({ id, label: GROUP_LABELS[id] }));
  return `${JSON.stringify({ groups, params: PARAM_SPECS }, null, 2)}\n`;
}

/** `--list-presets`: ids by family with their labels, or the full table as JSON. */
export function renderPresetList(format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(PRESETS, null, 2)}\n`;
  const width = Math.max(...PRESETS.map((preset) => preset.id.length));
  const lines = [
    'Presets for --preset. Combine one mode, one platform and one strategy with +,',
    'e.g. --preset interest+douyin+hybrid (applied in that order on top of the defaults).',
  ];
  for (const family of PRESET_FAMILIES) {
    lines.push('', family);
    for (const preset of PRESETS.filter((p) => p.family === family)) {
      lines.push(`  ${preset.id.padEnd(width)}  ${preset.label.en} / ${preset.label.zh}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
