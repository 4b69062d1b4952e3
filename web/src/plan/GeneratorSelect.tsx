import type { Catalogue } from '../../../libs/client/src/api-types';
import { generatorGroups } from './generator-groups';

interface GeneratorSelectProps {
  id: string;
  label: string;
  value: string;
  catalogue: Catalogue | null;
  // Generators that need something the column lacks, with the reason.
  unavailable: ReadonlyMap<string, string>;
  onChange: (generator: string) => void;
  describedBy?: string;
  invalid?: boolean;
}

// The value generators a column may use, grouped as the catalogue names them. Each option's
// title carries the generator's description; the chosen one's is read with the select (and
// shown in the column's constraints, to keep rows short).
export function GeneratorSelect({ id, label, value, catalogue, unavailable, onChange, describedBy, invalid }: GeneratorSelectProps) {
  const generators = catalogue?.generators ?? [];
  const known = generators.some((entry) => entry.name === value);
  const description = generators.find((entry) => entry.name === value)?.description;
  const hintId = `${id}-hint`;
  return (
    <>
      <select
        id={id}
        aria-label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={[description && hintId, describedBy].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid || undefined}
      >
        {!known && <option value={value}>{value}</option>}
        {generatorGroups(generators).map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.generators.map((entry) => {
              const reason = entry.name === value ? undefined : unavailable.get(entry.name);
              return (
                <option key={entry.name} value={entry.name} title={reason ?? entry.description} disabled={reason !== undefined}>
                  {entry.name}
                </option>
              );
            })}
          </optgroup>
        ))}
      </select>
      {description && (
        <span className="visually-hidden" id={hintId}>
          {description}
        </span>
      )}
    </>
  );
}
