import type { EnumValueJson } from '../../../libs/client/src/plan-types';
import { NameInput } from './NameInput';
import { NumberInput } from './NumberInput';
import { percent, weightOf } from './field-summary';

interface EnumValuesEditorProps {
  // "orders.status", naming the column in labels.
  column: string;
  values: readonly EnumValueJson[];
  onChange: (values: EnumValueJson[]) => void;
}

// The values an enum column takes and their weights. An enum keeps at least one value.
export function EnumValuesEditor({ column, values, onChange }: EnumValuesEditorProps) {
  const total = values.reduce((sum, entry) => sum + weightOf(entry), 0);
  const replace = (index: number, entry: EnumValueJson) => onChange(values.map((current, position) => (position === index ? entry : current)));
  const add = () => {
    const taken = new Set(values.map((entry) => entry.value));
    let number = values.length + 1;
    while (taken.has(`value_${number}`)) number++;
    onChange([...values, { value: `value_${number}` }]);
  };
  return (
    <fieldset className="plan-enum">
      <legend>Values and weights</legend>
      <table className="plan-enum-table">
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Weight</th>
            <th scope="col">Share</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {values.map((entry, index) => (
            <tr key={index}>
              <td>
                <NameInput
                  aria-label={`Value ${index + 1} of ${column}`}
                  value={entry.value}
                  taken={values.filter((_, position) => position !== index).map((other) => other.value)}
                  onCommit={(value) => replace(index, { ...entry, value })}
                />
              </td>
              <td>
                <NumberInput
                  className="plan-narrow-input"
                  aria-label={`Weight of ${entry.value} in ${column}`}
                  value={entry.weight}
                  min={0}
                  onCommit={(weight) => replace(index, weight === undefined ? { value: entry.value } : { ...entry, weight })}
                />
              </td>
              <td className="plan-share">{percent(weightOf(entry) / total)}</td>
              <td>
                {values.length > 1 && (
                  <button type="button" className="link-button" onClick={() => onChange(values.filter((_, position) => position !== index))}>
                    Remove<span className="visually-hidden"> value {entry.value} from {column}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">An empty weight or 0 counts as 1. Shares are each weight divided by their sum.</p>
      <button type="button" onClick={add}>
        Add a value<span className="visually-hidden"> to {column}</span>
      </button>
    </fieldset>
  );
}
