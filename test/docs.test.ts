/**
 * Citations point at the repository's own documents: every document a source file or doc names
 * is in the repository, every `docs/sources.md#anchor` / `docs/model.md#anchor` (and every
 * `#anchor` link inside a Markdown file) names a section that exists, and nothing cites the
 * team's briefing files or an "issue N". The parameter schema's `source` field follows the
 * convention its TSDoc states.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARAM_SPECS } from '../models/params/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCANNED = ['models', 'src', 'docs', 'cli', 'scripts', 'workers', 'bench', 'README.md'];
const TEXT_FILE = /\.(ts|mts|js|mjs|svelte|md|json|html|css)$/;

/**
 * docs/model.md's sections as announced while the file is being written. Once the file exists
 * its own headings are used instead, and a citation of a section it lacks fails.
 */
const MODEL_MD_PLANNED_ANCHORS = [
  'stages', 'channels', 'paid', 'organic-and-the-flywheel', 'referral', 'offline', 'touches', 'service',
  'groups', 'promotions', 'trust', 'purchases', 'costs', 'metrics', 'cohorts-and-slices',
  'correctness-anchors', 'scale',
];
const PLANNED_DOCS: Record<string, readonly string[]> = { 'docs/model.md': MODEL_MD_PLANNED_ANCHORS };

/** The briefing files the team worked from: they are not in the repository, so nothing may cite them. */
const BRIEFING_FILE = /\b(?:DOMAIN|MODEL|TOOLCHAIN|STYLE)\.md\b/g;
/** "issue 3": the repository has no issue tracker to look it up in; say the target in words. */
const ISSUE_REFERENCE = /\b[Ii]ssue \d+/g;
/** A Markdown document named in text, optionally with a section: `docs/sources.md#fan-tiers`. */
const DOC_REFERENCE = /(?<![\w/.:-])((?:[\w.-]+\/)*[\w.-]+\.md)(?:#([\w-]*))?/g;
/** A same-page section link in Markdown: `[text](#anchor)`. */
const LOCAL_LINK = /\]\(#([^)\s]*)\)/g;

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** The anchors of a Markdown text's headings (outside fenced code). */
function anchorsOf(markdown: string): string[] {
  const anchors: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) anchors.push(slug(heading[1]));
  }
  return anchors;
}

/** Reads the documents citations point into; repository-relative paths with `/`. */
interface DocIndex {
  exists(repoPath: string): boolean;
  /** The anchors of a Markdown document, or null if it is neither present nor planned. */
  anchors(repoPath: string): ReadonlySet<string> | null;
}

function repoDocs(root: string = ROOT): DocIndex {
  const cache = new Map<string, ReadonlySet<string> | null>();
  const exists = (repoPath: string) => existsSync(path.join(root, repoPath));
  return {
    exists: (repoPath) => exists(repoPath) || repoPath in PLANNED_DOCS,
    anchors(repoPath) {
      if (!cache.has(repoPath)) {
        const planned = PLANNED_DOCS[repoPath];
        cache.set(repoPath, exists(repoPath)
          ? new Set(anchorsOf(readFileSync(path.join(root, repoPath), 'utf8')))
          : planned ? new Set(planned) : null);
      }
      return cache.get(repoPath)!;
    },
  };
}

/** Where a cited document is: beside the citing file, from the root, or in docs/. */
function resolveDoc(file: string, ref: string, docs: DocIndex): string | null {
  const candidates = [path.posix.join(path.posix.dirname(file), ref), path.posix.normalize(ref), path.posix.join('docs', ref)];
  return candidates.find((candidate) => docs.exists(candidate)) ?? null;
}

/** What is wrong with the citations in one file (repository-relative path), one line each. */
function citationProblems(file: string, text: string, docs: DocIndex): string[] {
  const problems: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(BRIEFING_FILE)) {
    problems.push(`${file}:${lineOf(match.index)}: cites ${match[0]}, which is not in the repository (cite docs/sources.md#… or docs/model.md#…)`);
  }
  for (const match of text.matchAll(ISSUE_REFERENCE)) {
    problems.push(`${file}:${lineOf(match.index)}: cites "${match[0]}"; say the target in words`);
  }
  for (const match of text.matchAll(DOC_REFERENCE)) {
    const [whole, ref, anchor] = match;
    if (new RegExp(BRIEFING_FILE.source).test(ref)) continue; // reported above
    const target = resolveDoc(file, ref, docs);
    if (target === null) {
      problems.push(`${file}:${lineOf(match.index)}: cites ${whole}, which is not in the repository`);
    } else if (anchor && !docs.anchors(target)?.has(anchor)) { // `#…` or `#<section>` is a placeholder
      problems.push(`${file}:${lineOf(match.index)}: cites ${whole}, but ${target} has no section #${anchor}`);
    }
  }
  if (file.endsWith('.md')) {
    for (const match of text.matchAll(LOCAL_LINK)) {
      if (!docs.anchors(file)?.has(match[1])) problems.push(`${file}:${lineOf(match.index)}: links to #${match[1]}, which is not a section of ${file}`);
    }
  }
  return problems;
}

/**
 * The text files under the scanned paths, repository-relative: what git tracks or would track
 * (so a build's output, ignored by .gitignore, is not read as a source).
 */
function scannedFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...SCANNED], { cwd: ROOT, encoding: 'utf8' });
  return listed.split('\n').filter((file) => file !== '' && TEXT_FILE.test(file) && existsSync(path.join(ROOT, file)));
}

describe('docs/sources.md', () => {
  const anchors = anchorsOf(readFileSync(path.join(ROOT, 'docs/sources.md'), 'utf8'));

  it('has a section for each topic the model takes from the articles', () => {
    for (const anchor of [
      'the-articles', 'public-and-private-domain', 'public-domain-acquisition-cost', 'douyins-follower-push-cap',
      'douyin-rations-follower-reach', 'douyins-dm-limit', 'fan-tiers', 'fan-groups', 'wechat-group-capacity',
      'three-steps-and-six-stages', 'cac-clv-and-roi', 'cohorts-and-time-slices', 'four-operating-modes', 'wechat',
      'douyin', 'kuaishou', 'kuaishous-middle-domain', 'leishan-county', 'luzhou-laojiao', 'tengfa-used-cars',
      'over-touching-destroys-trust', 'the-flywheel', 'three-near-one-opposite', 'what-the-sources-argue',
      'assumptions',
    ]) expect(anchors).toContain(anchor);
  });

  it('has each anchor once (GitHub would number a repeat, and citations of it would break)', () => {
    expect(anchors.filter((anchor, i) => anchors.indexOf(anchor) !== i)).toEqual([]);
  });
});

describe('citations', () => {
  const docs = repoDocs();

  it('make anchors the way GitHub does', () => {
    expect(slug("Douyin's follower push cap")).toBe('douyins-follower-push-cap');
    expect(slug('CAC, CLV and ROI')).toBe('cac-clv-and-roi');
    expect(slug('Three near, one opposite')).toBe('three-near-one-opposite');
    expect(anchorsOf('# Title\n```sh\n# not a heading\n```\n## A section ##\n')).toEqual(['title', 'a-section']);
  });

  it('are reported when they name a missing document or section, a briefing file or an issue number', () => {
    const found = (text: string, file = 'models/x.ts') => citationProblems(file, text, docs);
    expect(found('// from DOMAIN.md: 8 pushes')).toHaveLength(1);
    expect(found("source: 'assumption (MODEL.md: paid low)'")).toHaveLength(1);
    expect(found('// Targets (issue 2): fast')).toHaveLength(1);
    expect(found('see docs/nothing-here.md')).toHaveLength(1);
    expect(found('see docs/sources.md#no-such-section')).toHaveLength(1);
    expect(found('see docs/model.md#no-such-section')).toHaveLength(1);
    expect(found('[up](#no-such-section)', 'docs/sources.md')).toHaveLength(1);
    expect(found('see docs/sources.md#douyins-follower-push-cap, docs/model.md#trust and docs/parameters.md')).toEqual([]);
    expect(found('[the tiers](sources.md#fan-tiers)', 'docs/parameters.md')).toEqual([]);
    expect(found('[the tiers](#fan-tiers)', 'docs/sources.md')).toEqual([]);
    expect(found('cite docs/sources.md#… or docs/sources.md#<section>')).toEqual([]); // placeholders, not citations
    expect(found('at https://example.com/notes/README.md or https://example.org/a.md#x')).toEqual([]);
  });

  it('in models/, src/, docs/, cli/, scripts/, workers/, bench/ and the README resolve', () => {
    const files = scannedFiles();
    expect(files).toContain('models/params/schema.ts');
    expect(files).toContain('docs/parameters.md');
    let cited = 0;
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      cited += [...text.matchAll(DOC_REFERENCE)].filter((m) => m[2]).length;
      problems.push(...citationProblems(file, text, docs));
    }
    expect(problems).toEqual([]);
    expect(cited).toBeGreaterThan(50); // the scan reads what it should: the schema and presets alone cite dozens
  });

  it('in the schema\'s source field follow its convention', () => {
    const section = String.raw`docs/(?:sources|model)\.md#[a-z0-9-]+`;
    const forms = [
      /^assumption$/,
      new RegExp(String.raw`^docs/sources\.md#[a-z0-9-]+(?: \(.+\))?$`),
      new RegExp(String.raw`^assumption \(${section}: .+\)$`),
    ];
    const off = PARAM_SPECS.filter((spec) => !forms.some((form) => form.test(spec.source))).map((spec) => `${spec.key}: ${spec.source}`);
    expect(off).toEqual([]);
    expect(PARAM_SPECS.some((spec) => spec.source.startsWith('docs/sources.md#'))).toBe(true);
  });
});
