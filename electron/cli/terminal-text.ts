/**
 * Text from the vault made safe to print on a terminal. A name is data, and data must never drive
 * the terminal: escape sequences (ESC, CSI) can retitle the window, clear the screen or rewrite
 * earlier lines, and bidi overrides can reorder what is shown. Each such character is printed as a
 * visible escape (`\x1b`, `\u202e`) instead; everything else passes unchanged.
 */

/** C0 and C1 controls and DEL (\p{Cc}), the line and paragraph separators, and the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

function escapeOne(char: string): string {
  const code = char.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** `newlines` keeps line feeds (multi-line notes); every other unsafe character is escaped. */
export function terminalSafe(text: string, options: { newlines?: boolean } = {}): string {
  return text.replace(UNSAFE, (char) => (options.newlines && char === '\n' ? char : escapeOne(char)))
}
