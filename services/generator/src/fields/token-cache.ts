import { TokenList } from '../engine/token-list.js';
import type { ValueSyntax } from '../encoders/value-syntax.js';

type Mode = 'quoted' | 'escaped';

const cache = new WeakMap<readonly string[], WeakMap<ValueSyntax, Partial<Record<Mode, TokenList>>>>();

// Vocabulary lists encoded for a syntax once per process, not once per request: plans are
// compiled for every shard, and re-encoding thousands of names would dominate small shards.
export function encodedList(list: readonly string[], syntax: ValueSyntax, mode: Mode): TokenList {
  let bySyntax = cache.get(list);
  if (bySyntax === undefined) cache.set(list, (bySyntax = new WeakMap()));
  let byMode = bySyntax.get(syntax);
  if (byMode === undefined) bySyntax.set(syntax, (byMode = {}));
  return (byMode[mode] ??= new TokenList(list.map((text) => (mode === 'quoted' ? syntax.text(text) : syntax.escape(text)))));
}
