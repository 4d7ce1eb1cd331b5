/**
 * Where a JSON text stops being JSON. `JSON.parse` says *that* a text is broken, but engines differ on
 * saying *where* (V8 often quotes a snippet instead of a position), and a person fixing a file needs a
 * line and column. This scanner runs only after `JSON.parse` has failed.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

export function locateJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;

  class Stop extends Error {
    constructor(
      readonly offset: number,
      readonly reason: string,
    ) {
      super(reason);
    }
  }
  const stop = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the file' : `"${text[at]}"`);

  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else stop(`unexpected ${describe(i)}`);
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop('bad \\u escape in a string');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else stop('bad escape in a string');
      } else if (ch < ' ') stop('a control character or line break inside a string');
      else i++;
    }
    stop('a string is not closed');
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') stop(`unexpected ${describe(i)}`);
    i += match![0].length;
  };
  const value = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    stop(ch === undefined ? 'the file ends where a value should be' : `unexpected ${describe(i)} where a value should be`);
  };
  const object = () => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') stop(`expected a property name in double quotes, found ${describe(i)}`);
      string();
      skipSpace();
      if (text[i] !== ':') stop(`expected ":" after a property name, found ${describe(i)}`);
      i++;
      value();
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      stop(`expected "," or "}" after a property value, found ${describe(i)}`);
    }
  };
  const array = () => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      stop(`expected "," or "]" after an array element, found ${describe(i)}`);
    }
  };

  try {
    value();
    skipSpace();
    if (i < text.length) stop(`unexpected ${describe(i)} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.offset), message: error.reason };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
