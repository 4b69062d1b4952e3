import type { Catalogue } from '../../../libs/client/src/api-types';
import type { FieldJson, PlanJson } from '../../../libs/client/src/plan-types';
import { FieldIssues, issueAria } from '../issues/IssueMessages';
import { ColumnDetails } from './ColumnDetails';
import { GeneratorSelect } from './GeneratorSelect';
import { NameInput } from './NameInput';
import { constraintTexts, keyText, referenceText } from './field-summary';
import { renameField, setGenerator } from './plan-edits';

interface ColumnRowProps {
  // Unique on the page, for ids.
  id: string;
  plan: PlanJson;
  dataset: string;
  field: FieldJson;
  siblings: readonly string[];
  catalogue: Catalogue | null;
  // Generators this column cannot switch to, with the reason.
  unavailable: ReadonlyMap<string, string>;
  issues: readonly string[];
  expanded: boolean;
  focusName: boolean;
  onToggle: () => void;
  onRemove: () => void;
  onChange: (plan: PlanJson) => void;
}

export const COLUMN_COUNT = 6;

// One column of a dataset: its summary and main controls in a row, its constraints in a row
// below that opens on request. Its actions sit under its name, so they are in reach without
// scrolling the table on a phone.
export function ColumnRow({ id, plan, dataset, field, siblings, catalogue, unavailable, issues, expanded, focusName, onToggle, onRemove, onChange }: ColumnRowProps) {
  const issuesId = `${id}-issues`;
  const detailsId = `${id}-details`;
  const constraints = constraintTexts(field);
  return (
    <>
      <tr data-testid={`plan-column-${dataset}.${field.name}`} className={issues.length > 0 ? 'plan-row-invalid' : undefined}>
        <td className="plan-name-cell">
          <NameInput
            aria-label={`Name of column ${field.name} in ${dataset}`}
            value={field.name}
            taken={siblings}
            autoFocus={focusName}
            onCommit={(name) => onChange(renameField(plan, dataset, field.name, name))}
            {...issueAria(issuesId, issues)}
          />
          <FieldIssues id={issuesId} messages={issues} />
          <div className="plan-row-actions">
            <button type="button" className="link-button" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined} onClick={onToggle}>
              {expanded ? 'Close' : 'Edit'}
              <span className="visually-hidden"> constraints of {dataset}.{field.name}</span>
            </button>
            <button type="button" className="link-button plan-remove" onClick={onRemove} aria-label={`Remove column ${field.name} from ${dataset}`}>
              Remove
            </button>
          </div>
        </td>
        <td>{field.type}</td>
        <td className="plan-generator-cell">
          <GeneratorSelect
            id={`${id}-generator`}
            label={`Generator of ${dataset}.${field.name}`}
            value={field.generator}
            catalogue={catalogue}
            unavailable={unavailable}
            onChange={(generator) => onChange(setGenerator(plan, dataset, field.name, generator, catalogue))}
            describedBy={issues.length > 0 ? issuesId : undefined}
            invalid={issues.length > 0}
          />
        </td>
        <td>{keyText(field)}</td>
        <td className="plan-reference-cell">{referenceText(field)}</td>
        <td className="plan-constraints-cell">
          {constraints.length > 0 && (
            <ul className="plan-constraints">
              {constraints.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </td>
      </tr>
      {expanded && (
        <tr className="plan-details-row">
          <td colSpan={COLUMN_COUNT}>
            <ColumnDetails id={detailsId} plan={plan} dataset={dataset} field={field} catalogue={catalogue} onChange={onChange} />
          </td>
        </tr>
      )}
    </>
  );
}
