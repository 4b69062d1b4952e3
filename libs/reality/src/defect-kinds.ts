// Every kind of defect a reality level can inject, by its stable name: the name is what
// defect_counts, the manifest, the gateway's metadata and a request's defect_rates carry, so a
// name never changes. It lives in libs/ because the generator injects the kinds and the
// gateway validates the rates a caller sets for them.
export const DEFECT_KINDS = [
  'null',
  'empty_string',
  'whitespace',
  'case',
  'typo',
  'format_variant',
  'outlier',
  'orphan_reference',
  'encoding_glitch',
  'duplicate_row',
  'near_duplicate_row',
  // A value that breaks a rule its plan states: a date before the date it must follow, a
  // conditional value where its condition fails (or none where it holds), a count or total
  // that disagrees with the children, an age that disagrees with the birth date.
  'broken_rule',
] as const;

export type DefectKind = (typeof DEFECT_KINDS)[number];

export function isDefectKind(name: string): name is DefectKind {
  return (DEFECT_KINDS as readonly string[]).includes(name);
}
