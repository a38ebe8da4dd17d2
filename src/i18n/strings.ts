/**
 * Strings of the interface chrome, English and Simplified Chinese. Parameter labels, units and
 * meanings are not here: they live with the parameters in models/params/schema.ts.
 */

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The name of each language, written in that language (for the switch). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '简体中文' };

/** `<html lang>` for each language. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

const en = {
  appTitle: 'Siyu Lab',
  tagline: 'Simulate public- and private-domain traffic (公域 / 私域) with an agent-based model',
  language: 'Language',
  scenario: 'Scenario',
  mode: 'Operating mode',
  platform: 'Platform',
  strategy: 'Strategy',
  apply: 'Apply',
  namedPreset: 'Cases and teaching models',
  choosePreset: 'Choose a case…',
  custom: 'custom',
  presetApplied: 'Preset applied: {name}',
  run: 'Run',
  seed: 'Seed',
  seedHelp: 'Same seed, same result: compare strategies on the same random draws.',
  invalidSeed: 'invalid seed: {value} (expected an integer {min}–{max})',
  invalidReplications: 'invalid replications: {value} (expected an integer {min}–{max})',
  replications: 'Replications',
  replicationsHelp: 'Runs averaged ({min}–{max}); more than 1 shows 95% bands.',
  parameters: 'Parameters',
  resetAll: 'Reset all to defaults',
  resetParam: 'Reset {label} to its default ({value})',
  defaultValue: 'Default',
  range: 'Range',
  source: 'Source',
  assumption: 'assumption',
  about: 'About {label}',
  pinA: 'Pin as A',
  clearA: 'Clear A',
  compareOff: 'Pin the current result as A, then change something: the next results are B.',
  compareOn: 'A is pinned (seed {seed}). Changes make B; B − A is the effect of the change.',
  seedDiffers: 'The seed differs from A\'s, so B − A includes chance as well as the change.',
  simulating: 'Simulating…',
  progress: 'Simulation progress',
  simulatedIn: 'Simulated in {s} s',
  runFailed: 'The simulation failed: {message}',
  results: 'Results',
  kpis: 'Key figures',
  kpiHelp_blendedCac: 'Acquisition spend / users acquired (RMB per user).',
  kpiHelp_clv180: 'Revenue per acquired user within 180 days (CLV = R / M).',
  kpiHelp_roi180: 'CLV at 180 days / CAC.',
  kpiHelp_paybackDay: 'Days after acquisition until margin CLV covers CAC.',
  kpiHelp_groupRepurchaseRate: 'Group members who bought twice or more, over those who bought.',
  kpiHelp_privateShareOfRevenue: 'Revenue from followers, contacts and group members.',
  days: '{n} days',
  oneDay: '{n} day',
  never: 'not within horizon',
  notObserved: 'n/a',
  pointsDiff: '{n} pp',
  diffLabel: 'B − A',
  pinnedLabel: 'A',
  currentLabel: 'B',
  interval: '95% interval {lo} – {hi}',
  charts: 'Charts',
  chartLtvNote: 'Cumulative value per acquired user by days since acquisition, per channel; the flat line is CAC.',
  viewStages: 'Stages',
  viewTiers: 'Fan tiers',
  waiting: 'Running the default scenario…',
  loadingView: 'Loading…',
  viewLoadFailed: 'This view could not be loaded: {message}',
  footer: 'Everything runs in your browser. Defaults are assumptions unless a source is given.',
  // Faults, cancel, memory
  retry: 'Retry',
  cancelRun: 'Cancel',
  runCancelled: 'The run was cancelled. The previous result stays on screen.',
  tooBig: 'This scenario needs about {estimate} of memory, more than this browser can safely give a run ({limit}). Lower the market size, the horizon or the replications.',
  staleResults: 'These results are for earlier settings: the latest run did not finish. Retry to update them.',
  // Share links
  shareLink: 'Copy share link',
  linkCopied: 'Link copied',
  linkCopyFailed: 'Copy the link from the address bar.',
  linkError: 'This link could not be opened: {message}. Your current scenario is kept.',
  dismiss: 'Dismiss',
  // Library
  libraryTitle: 'Saved scenarios',
  libraryIntro: 'Scenarios are kept in this browser. Export one as a file to move it elsewhere; the current state is also saved as you go.',
  saveCurrent: 'Save the current scenario',
  name: 'Name',
  notes: 'Notes',
  save: 'Save',
  saved: 'Saved “{name}”',
  nameRequired: 'invalid name: {value} (expected text of 1–{max} characters)',
  open: 'Open',
  rename: 'Rename',
  duplicate: 'Duplicate',
  copyOf: '{name} (copy)',
  exportFile: 'Export',
  deleteScenario: 'Delete',
  deleted: 'Deleted “{name}”',
  undo: 'Undo',
  restored: 'Restored “{name}”',
  importFile: 'Import a scenario file (JSON)',
  imported: 'Imported “{name}”',
  importFailed: 'Nothing was imported from {file}:',
  noScenarios: 'No saved scenarios yet.',
  unreadableRecords: '{n} saved record(s) could not be read and are not shown: {message}',
  storageFailed: 'The browser storage failed: {message}',
  seedReps: 'seed {seed} · {reps} replication(s)',
  savedAt: 'saved {date}',
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appTitle: '私域 Lab',
  tagline: '用智能体模型模拟公域与私域流量',
  language: '语言',
  scenario: '场景',
  mode: '经营模式',
  platform: '平台',
  strategy: '策略',
  apply: '应用',
  namedPreset: '案例与教学模型',
  choosePreset: '选择一个案例…',
  custom: '自定义',
  presetApplied: '已应用预设：{name}',
  run: '运行',
  seed: '随机种子',
  seedHelp: '种子相同，结果相同：在同一组随机数上比较策略。',
  invalidSeed: '无效的随机种子：{value}，应为 {min}–{max} 之间的整数',
  invalidReplications: '无效的重复次数：{value}，应为 {min}–{max} 之间的整数',
  replications: '重复次数',
  replicationsHelp: '取平均的运行次数（{min}–{max}）；大于 1 时显示 95% 区间。',
  parameters: '参数',
  resetAll: '全部恢复默认',
  resetParam: '将{label}恢复为默认值（{value}）',
  defaultValue: '默认',
  range: '范围',
  source: '来源',
  assumption: '假设',
  about: '关于{label}',
  pinA: '固定为 A',
  clearA: '清除 A',
  compareOff: '把当前结果固定为 A，然后修改参数：之后的结果是 B。',
  compareOn: '已固定 A（种子 {seed}）。修改后的结果为 B；B − A 即该修改的效果。',
  seedDiffers: '当前种子与 A 不同，B − A 中除修改的效果外还含随机差异。',
  simulating: '模拟中…',
  progress: '模拟进度',
  simulatedIn: '模拟用时 {s} 秒',
  runFailed: '模拟失败：{message}',
  results: '结果',
  kpis: '关键指标',
  kpiHelp_blendedCac: '获客花费 / 获客人数（元/人）。',
  kpiHelp_clv180: '每位获客用户 180 天内带来的收入（CLV = R / M）。',
  kpiHelp_roi180: '180 天 CLV / CAC。',
  kpiHelp_paybackDay: '获客后毛利 CLV 覆盖 CAC 所需天数。',
  kpiHelp_groupRepurchaseRate: '买过两次及以上的群成员占买过的群成员的比例。',
  kpiHelp_privateShareOfRevenue: '来自粉丝、好友与群成员的收入占比。',
  days: '{n} 天',
  oneDay: '{n} 天',
  never: '周期内未回本',
  notObserved: '无',
  pointsDiff: '{n} 个百分点',
  diffLabel: 'B − A',
  pinnedLabel: 'A',
  currentLabel: 'B',
  interval: '95% 区间 {lo} – {hi}',
  charts: '图表',
  chartLtvNote: '按获客后天数累计的每获客用户价值，分渠道；水平线为 CAC。',
  viewStages: '阶段',
  viewTiers: '粉丝层级',
  waiting: '正在运行默认场景…',
  loadingView: '加载中…',
  viewLoadFailed: '无法加载此视图：{message}',
  footer: '一切都在你的浏览器中运行。除注明来源外，默认值均为假设。',
  retry: '重试',
  cancelRun: '取消',
  runCancelled: '本次运行已取消，屏幕上保留上一次的结果。',
  tooBig: '该场景约需 {estimate} 内存，超出浏览器可安全分配给一次运行的上限（{limit}）。请减小市场规模、模拟时长或重复次数。',
  staleResults: '这些结果对应之前的设置：最近一次运行未完成。点“重试”以更新。',
  shareLink: '复制分享链接',
  linkCopied: '链接已复制',
  linkCopyFailed: '请从地址栏复制链接。',
  linkError: '无法打开此链接：{message}。当前场景保持不变。',
  dismiss: '关闭',
  libraryTitle: '已保存的方案',
  libraryIntro: '方案保存在此浏览器中。导出为文件即可在别处使用；当前状态也会随时自动保存。',
  saveCurrent: '保存当前方案',
  name: '名称',
  notes: '备注',
  save: '保存',
  saved: '已保存「{name}」',
  nameRequired: '无效的名称：{value}，应为 1–{max} 个字符',
  open: '打开',
  rename: '重命名',
  duplicate: '复制',
  copyOf: '{name}（副本）',
  exportFile: '导出',
  deleteScenario: '删除',
  deleted: '已删除「{name}」',
  undo: '撤销',
  restored: '已恢复「{name}」',
  importFile: '导入方案文件（JSON）',
  imported: '已导入「{name}」',
  importFailed: '未从 {file} 导入任何内容：',
  noScenarios: '还没有保存的方案。',
  unreadableRecords: '有 {n} 条保存记录无法读取，未显示：{message}',
  storageFailed: '浏览器存储出错：{message}',
  seedReps: '种子 {seed} · 重复 {reps} 次',
  savedAt: '保存于 {date}',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, zh };

/** Fill `{name}` placeholders. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The message `key` in `lang`, with placeholders filled. */
export function translate(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  return interpolate(MESSAGES[lang][key], values);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The starting language: the stored choice, else the browser's preference, else English. */
export function initialLang(stored: string | null | undefined, browserLanguages: readonly string[] = []): Lang {
  if (isLang(stored)) return stored;
  for (const tag of browserLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
