/**
 * JSON as people write it, read strictly: `JSON.parse` keeps the last of two equal keys and
 * says nothing, so `{"seed": 1, "seed": 2}` would silently mean seed 2. Every reader of a
 * person's file (a scenario import, a `--params` file, an experiment definition) goes through
 * `parseJsonStrict`, which refuses a repeated key and names it, with where it is.
 */

/** Text that is not JSON, or JSON that repeats a key in one object. */
export class JsonError extends Error {
  /** `syntax`: not JSON at all; `duplicate`: a key given twice in one object. */
  readonly kind: 'syntax' | 'duplicate';
  /** For `duplicate`: the key, and the path of the object holding it (`''` for the top level). */
  readonly key?: string;
  readonly path?: string;

  constructor(kind: 'syntax' | 'duplicate', message: string, key?: string, path?: string) {
    super(message);
    this.name = 'JsonError';
    this.kind = kind;
    this.key = key;
    this.path = path;
  }
}

/**
 * `text` parsed as JSON, refusing a key repeated in one object.
 * @throws JsonError: `syntax` with the parser's message, or `duplicate` naming the key, the
 *   object's path (`params`, `x`, `a[2]`) and the line and column of the second occurrence
 */
export function parseJsonStrict(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new JsonError('syntax', error instanceof Error ? error.message : String(error));
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    const { key, path, at } = duplicate;
    const { line, column } = lineColumn(text, at);
    const where = path === '' ? '' : ` in ${path}`;
    throw new JsonError('duplicate',
      `duplicate key ${JSON.stringify(key).slice(0, 60)}${where} (line ${line}, column ${column}; expected each key once)`, key, path);
  }
  return value;
}

interface ObjectFrame {
  kind: 'object';
  path: string;
  keys: Set<string>;
  expectKey: boolean;
  lastKey: string;
}
interface ArrayFrame {
  kind: 'array';
  path: string;
  index: number;
}

/**
 * The first key repeated within one object of `text`, which must already be valid JSON (so a
 * scan of its tokens is enough: strings are skipped whole, and a string is a key exactly when
 * it follows `{` or `,` inside an object).
 */
function findDuplicateKey(text: string): { key: string; path: string; at: number } | null {
  const stack: (ObjectFrame | ArrayFrame)[] = [];
  const childPath = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    if (top.kind === 'array') return `${top.path}[${top.index}]`;
    return top.path === '' ? top.lastKey : `${top.path}.${top.lastKey}`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, path: top.path, at: i };
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{') {
      stack.push({ kind: 'object', path: childPath(), keys: new Set(), expectKey: true, lastKey: '' });
    } else if (c === '[') {
      stack.push({ kind: 'array', path: childPath(), index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.index += 1;
    }
  }
  return null;
}

function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '\n') {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: at - start + 1 };
}
