import type { GeneratorEntry } from '../../../libs/client/src/api-types';

export interface GeneratorGroup {
  label: string;
  generators: GeneratorEntry[];
}

// The catalogue's generators grouped by the prefix of their name ("person.email" is a
// Person generator), in catalogue order; names without a prefix share one group.
export function generatorGroups(generators: readonly GeneratorEntry[]): GeneratorGroup[] {
  const groups = new Map<string, GeneratorEntry[]>();
  for (const entry of generators) {
    const dot = entry.name.indexOf('.');
    const label = dot < 0 ? 'Special' : groupLabel(entry.name.slice(0, dot));
    groups.set(label, [...(groups.get(label) ?? []), entry]);
  }
  return [...groups].map(([label, members]) => ({ label, generators: members }));
}

function groupLabel(prefix: string): string {
  const words = prefix.replace(/_/g, ' ');
  return prefix === 'id' ? 'Identifiers' : words.charAt(0).toUpperCase() + words.slice(1);
}
