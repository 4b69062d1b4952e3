import type { Dataset, Field, Lift } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { toField } from '../fields/field-builder.js';
import { flag } from '../fields/recipes.js';
import { carrierIn } from './carrier.js';
import { conditionProbability } from './condition-probability.js';
import { drawnIndependently, featureColumns, fieldNamed } from './feature-columns.js';
import type { FeatureColumn } from './feature-columns.js';
import { baseFor, overallRate } from './label-rate.js';
import type { WeighedLift } from './label-rate.js';
import { describeCondition, liftCondition } from './lift-conditions.js';
import { alignOutcomeFields } from './outcome-fields.js';
import type { Label, Purpose } from './purpose.js';
import { labelKey } from './purposes.js';

// A planned lift with the share of records its condition holds in.
interface WeighedPlanLift extends WeighedLift {
  readonly lift: Lift;
}

// Gives each stated purpose its label, on the dataset that carries it, with the features that
// drive it and a base rate that makes the label true in the documented share of records.
// Purposes predicting the same label are alternatives: the first whose carrier is planned wins.
export function labelForPurposes(purposes: readonly Purpose[], datasets: readonly Dataset[]): string[] {
  const keys = [...new Set(purposes.map(labelKey))];
  return keys.flatMap((key) => {
    const alternatives = purposes.filter((purpose) => labelKey(purpose) === key);
    const chosen = alternatives.find((purpose) => carrierIn(purpose, datasets) !== undefined) ?? alternatives[0];
    return chosen === undefined ? [] : serve(chosen, datasets);
  });
}

function serve(purpose: Purpose, datasets: readonly Dataset[]): string[] {
  const carrier = carrierIn(purpose, datasets);
  if (carrier === undefined && purpose.label === undefined) return [];
  // The dataset that references the others is the plan's facts, the likeliest to carry it.
  const dataset = carrier ?? datasets.at(-1);
  if (dataset === undefined) return [];
  const warnings: string[] = [];
  if (carrier === undefined) warnings.push(`The plan has no ${purpose.carriers.slice(0, 3).join(', ')} for ${purpose.name}; ${dataset.name} carry its label`);
  const columns = featureColumns(dataset, purpose.features);
  if (purpose.label === undefined) return [...warnings, signalWarning(dataset, columns)];
  const labelField = labelColumn(dataset, purpose.label);
  const lifts = weighedLifts(columns);
  const base = baseFor(purpose.label.rate, lifts);
  labelField.trueProbability = base;
  labelField.lifts = lifts.map((weighed) => weighed.lift);
  const changes = alignOutcomeFields(purpose, dataset, labelField.name);
  const rate = overallRate(base, lifts);
  warnings.push(rateWarning(labelField.name, rate, dataset.name, lifts.map((weighed) => weighed.lift)));
  const added = [...columns.filter((column) => column.added).map((column) => column.field.name)];
  if (added.length > 0 || changes.length > 0) {
    warnings.push(`For ${purpose.name}, ${dataset.name}: ${[...(added.length > 0 ? [`added ${added.join(', ')}`] : []), ...changes].join('; ')}`);
  }
  return warnings;
}

// The label's column, last in the dataset where training code expects the target: the one
// already planned under its name or an alias, or a new one.
function labelColumn(dataset: Dataset, label: Label): Field {
  const existing = fieldNamed(dataset, [label.name, ...label.aliases]);
  const field = existing?.type === LogicalType.LOGICAL_TYPE_BOOLEAN ? existing : toField(nameFree(dataset, label.name), { ...flag(label.rate), description: label.description });
  dataset.fields = [...dataset.fields.filter((candidate) => candidate !== field), field];
  return field;
}

// A column of that name that is not a boolean (a prompt's "churn" text) keeps its name.
function nameFree(dataset: Dataset, name: string): string {
  return dataset.fields.some((field) => field.name === name) ? `${name}_label` : name;
}

// Lifts whose share of records the plan tells, and that hold in some records but not all.
function weighedLifts(columns: readonly FeatureColumn[]): WeighedPlanLift[] {
  return columns.flatMap(({ feature, field }) => {
    if (feature.lift === undefined || !drawnIndependently(field)) return [];
    const condition = liftCondition(feature.lift.when, field);
    const probability = condition === undefined ? undefined : conditionProbability(condition, field);
    if (condition === undefined || probability === undefined || probability <= 0 || probability >= 1) return [];
    return [{ lift: { when: condition, factor: feature.lift.factor }, probability, factor: feature.lift.factor }];
  });
}

function rateWarning(label: string, rate: number, dataset: string, lifts: readonly Lift[]): string {
  const described = (likelier: boolean): string =>
    lifts
      .filter((lift) => lift.factor > 1 === likelier)
      .flatMap((lift) => (lift.when === undefined ? [] : [describeCondition(lift.when)]))
      .join(', ');
  const likelier = described(true);
  const rarer = described(false);
  return `${label}: ${percent(rate)} of ${dataset}${likelier === '' ? '' : `, likelier with ${likelier}`}${rarer === '' ? '' : `, rarer with ${rarer}`}`;
}

function signalWarning(dataset: Dataset, columns: readonly FeatureColumn[]): string {
  const linked = dataset.fields.flatMap((field) => (field.foreignKey === undefined ? [] : [field.foreignKey.dataset]));
  const signals = columns.map((column) => column.field.name).join(', ');
  if (linked.length < 2) return `${dataset.name} link ${linked.join('') || 'no other dataset'}; recommendations need each record to link a user to an item`;
  return `${dataset.name}: what recommendations learn from, each linking ${linked.join(' and ')} with ${signals}; the most popular draw the most records`;
}

function percent(rate: number): string {
  return `${Number((rate * 100).toPrecision(3))}%`;
}
