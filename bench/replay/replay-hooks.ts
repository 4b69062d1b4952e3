import type { ResolveHook } from 'node:module';

// Module hooks for a generator that only sends: every import of the record engine's module
// but the replaying one's own gets replayed-record-stream.js instead.
const ENGINE = '/services/generator/src/engine/record-stream.js';
const REPLAYED = new URL('./replayed-record-stream.js', import.meta.url).href;

export const resolve: ResolveHook = async (specifier, context, nextResolve) => {
  const resolved = await nextResolve(specifier, context);
  if (!resolved.url.endsWith(ENGINE) || context.parentURL === REPLAYED) return resolved;
  return { url: REPLAYED, shortCircuit: true };
};
