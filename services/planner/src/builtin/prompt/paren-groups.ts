// A parenthesised list in the prompt and the words just before it:
// `orders (id, customer_id)` or `status (pending, shipped)`.
export interface ParenGroup {
  readonly open: number;
  readonly close: number;
  readonly head: string;
  readonly items: readonly string[];
}

export function findParenGroups(prompt: string): ParenGroup[] {
  const groups: ParenGroup[] = [];
  let depth = 0;
  let open = -1;
  let previousClose = 0;
  for (let index = 0; index < prompt.length; index += 1) {
    const char = prompt[index];
    if (char === '(') {
      if (depth === 0) open = index;
      depth += 1;
    } else if (char === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        const head = headBefore(prompt.slice(previousClose, open));
        groups.push({ open, close: index, head, items: splitItems(prompt.slice(open + 1, index)) });
        previousClose = index + 1;
      }
    }
  }
  return groups;
}

// The words of the same clause right before the parenthesis.
function headBefore(text: string): string {
  const clause = text.split(/[.;:,!?]/).at(-1) ?? '';
  return clause.trim().split(/\s+/).slice(-4).join(' ');
}

// "salary between 30000 and 90000" is one item: its "and" closes a range, not a list.
const BETWEEN = /\bbetween\s+\S+\s+and\s+\S+/i;

// Items at the top level, separated by commas, semicolons, slashes, pipes or a final "and"/"or".
export function splitItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth === 0 && /[,;|/]/.test(char)) {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items
    .flatMap((item) => (/\(/.test(item) || BETWEEN.test(item) ? [item] : item.split(/\s+(?:and|or)\s+/i)))
    .map((item) => item.trim().replace(/^(?:and|or|&)\s+/i, '').trim())
    .filter((item) => item !== '');
}
