import { useRef, useState } from 'react';
import { MIN_DATASET_SIZE, maxSizePerDataset } from '../../../libs/api/src/request-limits';
import { formatCount } from '../../../libs/api/src/count-format';
import type { Catalogue } from '../../../libs/client/src/api-types';
import type { DatasetJson, FieldJson, PlanJson } from '../../../libs/client/src/plan-types';
import { FieldIssues, issueAria } from '../issues/IssueMessages';
import type { PlacedIssues } from '../issues/issue-placement';
import { COLUMN_COUNT, ColumnRow } from './ColumnRow';
import { NameInput } from './NameInput';
import { NumberInput } from './NumberInput';
import { addField, referenceTargets, removeField, renameDataset, setDatasetSize } from './plan-edits';

interface DatasetEditorProps {
  // Unique on the page, for ids.
  id: string;
  plan: PlanJson;
  dataset: DatasetJson;
  catalogue: Catalogue | null;
  issues: PlacedIssues;
  onChange: (plan: PlanJson) => void;
}

// One dataset of the plan: its name, records and columns.
export function DatasetEditor({ id, plan, dataset, catalogue, issues, onChange }: DatasetEditorProps) {
  // Rows are keyed by position, so a column keeps its row (and focus) while it is renamed;
  // which rows are expanded is kept by position too.
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [focusField, setFocusField] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const name = dataset.name;
  const datasetIssues = issues.forDataset(name);
  const datasetIssuesId = `${id}-issues`;
  const otherNames = plan.datasets.filter((other) => other !== dataset).map((other) => other.name);
  const maxSize = maxSizePerDataset(plan.datasets.length);
  const hasReferenceTargets = referenceTargets(plan, name).length > 0;

  const toggle = (index: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(index)) next.add(index);
      return next;
    });

  const remove = (index: number, field: string) => {
    const edit = removeField(plan, name, field);
    if (!edit.ok) {
      setStatus(`Not removed: ${edit.reason}`);
      return;
    }
    setExpanded((current) => new Set([...current].filter((position) => position !== index).map((position) => (position > index ? position - 1 : position))));
    setStatus(`Removed column ${field} from ${name}.`);
    onChange(edit.plan);
    addButton.current?.focus();
  };

  const add = () => {
    const added = addField(plan, name);
    setFocusField(added.name);
    setStatus(`Added column ${added.name} to ${name}.`);
    onChange(added.plan);
  };

  return (
    <section className="plan-dataset" data-testid={`plan-dataset-${name}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{name}</h3>
      {dataset.description && <p className="hint plan-dataset-description">{dataset.description}</p>}
      <FieldIssues id={datasetIssuesId} messages={datasetIssues} />

      <div className="plan-dataset-settings">
        <div>
          <label htmlFor={`${id}-name`}>
            Name<span className="visually-hidden"> of dataset {name}</span>
          </label>
          <NameInput id={`${id}-name`} value={name} taken={otherNames} onCommit={(to) => onChange(renameDataset(plan, name, to))} {...issueAria(datasetIssuesId, datasetIssues)} />
        </div>
        <div>
          <label htmlFor={`${id}-size`}>
            Records<span className="visually-hidden"> in {name}</span>
          </label>
          <NumberInput
            id={`${id}-size`}
            value={dataset.size}
            min={MIN_DATASET_SIZE}
            max={maxSize}
            whole
            required
            aria-describedby={`${id}-size-hint`}
            onCommit={(size) => size !== undefined && onChange(setDatasetSize(plan, name, size))}
          />
          <span className="hint plan-size-hint" id={`${id}-size-hint`}>
            {formatCount(MIN_DATASET_SIZE)} to {formatCount(maxSize)} with {plan.datasets.length} dataset{plan.datasets.length === 1 ? '' : 's'}.
          </span>
        </div>
      </div>

      <div className="scroll-x">
        <table className="plan-columns">
          <caption className="visually-hidden">Columns of {name}</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Type</th>
              <th scope="col">Generator</th>
              <th scope="col">Key</th>
              <th scope="col">Refers to</th>
              <th scope="col">Constraints</th>
            </tr>
          </thead>
          <tbody>
            {dataset.fields.map((field, index) => (
              <ColumnRow
                key={index}
                id={`${id}-column-${index}`}
                plan={plan}
                dataset={name}
                field={field}
                siblings={dataset.fields.filter((other) => other !== field).map((other) => other.name)}
                catalogue={catalogue}
                unavailable={unavailableGenerators(name, field, hasReferenceTargets)}
                issues={issues.forField(name, field.name)}
                expanded={expanded.has(index)}
                focusName={focusField === field.name}
                onToggle={() => toggle(index)}
                onRemove={() => remove(index, field.name)}
                onChange={onChange}
              />
            ))}
            {dataset.fields.length === 0 && (
              <tr>
                <td colSpan={COLUMN_COUNT}>No columns yet.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <div className="plan-dataset-actions">
        <button type="button" ref={addButton} onClick={add}>
          Add a column<span className="visually-hidden"> to {name}</span>
        </button>
        <p className="hint">A column that another column uses (a key, a date another must follow, a formula operand, a condition's test, what a count or sum reads) is not removed until that use is gone.</p>
      </div>
      <p className="plan-status" role="status">
        {status}
      </p>
    </section>
  );
}

// The generators a column cannot switch to: a reference needs a key of an earlier dataset, a
// formula or a count or sum of children needs the one the planner wrote.
function unavailableGenerators(dataset: string, field: FieldJson, hasReferenceTargets: boolean): ReadonlyMap<string, string> {
  const unavailable = new Map<string, string>();
  if (!hasReferenceTargets) unavailable.set('reference', `No dataset before ${dataset} has a key to refer to.`);
  if (!field.formula) unavailable.set('formula', 'Only a column the planner gave a formula can be computed.');
  if (!field.aggregate) unavailable.set('aggregate', 'Only a column the planner gave a count or sum of its children can be computed from them.');
  return unavailable;
}
