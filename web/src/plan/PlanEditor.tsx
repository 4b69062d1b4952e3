import { useId } from 'react';
import { formatCount } from '../../../libs/api/src/count-format';
import type { Catalogue } from '../../../libs/client/src/api-types';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import type { PlacedIssues } from '../issues/issue-placement';
import { DatasetEditor } from './DatasetEditor';
import { RelationsDiagram } from './RelationsDiagram';
import './plan-editor.css';

interface PlanEditorProps {
  plan: PlanJson;
  onChange: (plan: PlanJson) => void;
  catalogue: Catalogue | null;
  issues: PlacedIssues;
}

const PLANNER_NAMES: Readonly<Record<string, string>> = { builtin: 'the built-in planner', openai: 'the OpenAI planner', user: 'you' };

// Step 2: the plan the planner made, to check and edit. What is edited here is exactly what
// the preview and the generation send back as `plan`.
export function PlanEditor({ plan, onChange, catalogue, issues }: PlanEditorProps) {
  const id = useId();
  const records = plan.datasets.reduce((sum, dataset) => sum + dataset.size, 0);
  return (
    <div className="plan-editor">
      <p className="hint plan-origin">
        {plan.planner && <>Planned by {PLANNER_NAMES[plan.planner] ?? plan.planner}. </>}
        {plan.domain && <>Domain: {plan.domain}. </>}
        {plan.datasets.length} dataset{plan.datasets.length === 1 ? '' : 's'}, {formatCount(records)} records in all.
      </p>

      {plan.warnings.length > 0 && (
        <div className="plan-warnings">
          <p className="plan-warnings-title">What the planner adjusted</p>
          <ul>
            {plan.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}

      <h3 className="plan-subheading">Relations</h3>
      <RelationsDiagram plan={plan} />

      <p className="hint">
        Edits here are what the preview and the download use. Renaming a dataset or a column also renames every reference to it.
      </p>
      {plan.datasets.map((dataset, index) => (
        <DatasetEditor key={index} id={`${id}-dataset-${index}`} plan={plan} dataset={dataset} catalogue={catalogue} issues={issues} onChange={onChange} />
      ))}
    </div>
  );
}
