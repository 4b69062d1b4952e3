import { dependencyOrder } from '../../../../../libs/graph/src/dependency-order.js';
import type { Dataset } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { applyAgeFormula } from '../fields/age-formula.js';
import { applyConditions } from '../fields/conditions.js';
import { applyFormulas } from '../fields/formulas.js';
import { linkDateSequences } from '../fields/date-sequences.js';
import type { EntityMention, PromptReading } from '../prompt/prompt-reading.js';
import { applyAggregates } from './aggregates.js';
import { applyCardinality } from './cardinality-constraints.js';
import { applyChildCounts } from './child-count-constraints.js';
import type { DatasetDraft } from './dataset-draft.js';
import { draftDatasets } from './drafting.js';
import { linkEvents } from './event-links.js';
import type { PrimaryKey } from './field-assembly.js';
import { assembleFields, primaryKeyField } from './field-assembly.js';
import { parentOf, primaryKeyOf } from './keys.js';
import type { PlannedDataset, RefinementContext } from './planned-dataset.js';
import { orderInTime } from './time-order.js';
import { applyDateConstraint, applyEnumConstraint, applyRangeConstraint } from './value-constraints.js';

export interface AssembledDatasets {
  readonly datasets: Dataset[];
  readonly warnings: string[];
}

// Entities → datasets in dependency order, with keys, references, the prompt's constraints,
// date sequences, computed totals, the conditions and time order between dates, and the counts
// and sums parents take from their children.
export function assembleDatasets(entities: readonly EntityMention[], reading: PromptReading, datasetSize: number): AssembledDatasets {
  const warnings: string[] = [];
  const drafts = linkEvents(draftDatasets(entities));
  const keys = new Map<string, PrimaryKey>();
  const primaryKeys = new Map<string, string | undefined>();
  for (const draft of drafts) {
    const key = primaryKeyOf(draft, drafts);
    primaryKeys.set(draft.name, key);
    if (key !== undefined) keys.set(draft.name, { name: key, type: primaryKeyField(key).type });
  }
  const parents = new Map(drafts.map((draft) => [draft.name, parentsOf(draft, drafts, keys, primaryKeys.get(draft.name))]));
  // A link that closes a cycle is dropped so that its parent can come first.
  const { order, broken } = dependencyOrder(
    drafts.map((draft) => draft.name),
    (name) => new Set(parents.get(name)?.values()),
  );
  for (const [child, parent] of broken) {
    for (const [column, target] of parents.get(child) ?? []) if (target === parent) parents.get(child)?.delete(column);
    warnings.push(`${child} and ${parent} reference each other; ${child} keeps its ${parent} column as a plain number so that ${parent} can come first`);
  }

  const planned: PlannedDataset[] = drafts.map((draft) => ({
    name: draft.name,
    description: draft.description,
    explicit: draft.explicit,
    position: draft.position,
    ...(draft.kind === undefined ? {} : { kind: draft.kind }),
    fields: assembleFields(draft, { datasetSize, primaryKey: primaryKeys.get(draft.name), parents: parents.get(draft.name) ?? new Map(), keys }),
  }));
  refine({ datasets: planned, warnings }, reading);
  for (const dataset of planned) {
    linkDateSequences(dataset.fields);
    applyFormulas(dataset.fields);
    applyAgeFormula(dataset.fields);
    applyConditions(dataset.fields);
  }
  orderInTime(planned);
  const byName = new Map(planned.map((dataset) => [dataset.name, dataset]));
  const datasets = order.flatMap((name) => {
    const dataset = byName.get(name);
    return dataset === undefined ? [] : [{ name, size: datasetSize, fields: dataset.fields, description: dataset.description, compositeKeys: [], updates: '' }];
  });
  applyChildCounts(datasets, reading.childCounts, warnings);
  applyAggregates(datasets);
  return { datasets, warnings };
}

function parentsOf(draft: DatasetDraft, drafts: readonly DatasetDraft[], keys: ReadonlyMap<string, PrimaryKey>, primaryKey: string | undefined): Map<string, string> {
  const links = new Map<string, string>();
  for (const column of draft.columns) {
    if (column.name === primaryKey) continue;
    const parent = parentOf(column.name, draft, drafts);
    if (parent !== undefined && keys.has(parent.name)) links.set(column.name, parent.name);
  }
  return links;
}

function refine(context: RefinementContext, reading: PromptReading): void {
  for (const constraint of reading.enums) applyEnumConstraint(constraint, context);
  for (const constraint of reading.ranges) applyRangeConstraint(constraint, context);
  for (const constraint of reading.dates) applyDateConstraint(constraint, context);
  for (const cardinality of reading.cardinalities) applyCardinality(cardinality, context);
}
