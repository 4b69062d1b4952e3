import type { ApiFailure } from '../../../libs/client/src/api-failure';
import type { PlanJson } from '../../../libs/client/src/plan-types';

// Where an API error's issue belongs on the page. The API names what is wrong in its words:
// a plan path (`plan.datasets[1].fields[2].generator`), a quoted field (`"orders.total"`), a
// dataset (`Dataset "orders"`) or a request parameter (`dataset_size=…`). Only names the
// plan really has are matched, so an issue that names nothing known stays general.
export type IssueTarget =
  | { kind: 'parameter'; name: RequestParameter }
  | { kind: 'dataset'; dataset: string }
  | { kind: 'field'; dataset: string; field: string }
  | { kind: 'general' };

export const REQUEST_PARAMETERS = ['prompt', 'datasets', 'dataset_size', 'reality', 'seed', 'output_format', 'sql_dialect', 'compression', 'api_key'] as const;
export type RequestParameter = (typeof REQUEST_PARAMETERS)[number];

export interface PlacedIssue {
  readonly text: string;
  readonly target: IssueTarget;
}

export class PlacedIssues {
  static readonly NONE = new PlacedIssues([], [], '');

  constructor(
    readonly issues: readonly PlacedIssue[],
    readonly suggestions: readonly string[],
    // The error's headline, e.g. "Invalid request payload".
    readonly error: string,
  ) {}

  static of(failure: ApiFailure, plan: PlanJson | null): PlacedIssues {
    const texts = failure.issues.length > 0 ? failure.issues : [];
    return new PlacedIssues(
      texts.map((text) => ({ text, target: issueTarget(text, plan) })),
      failure.suggestions,
      'detail' in failure.body ? `${failure.body.error}: ${failure.body.detail}` : failure.body.error,
    );
  }

  get empty(): boolean {
    return this.error === '';
  }

  forParameter(name: RequestParameter): string[] {
    return this.matching((target) => target.kind === 'parameter' && target.name === name);
  }

  forDataset(dataset: string): string[] {
    return this.matching((target) => target.kind === 'dataset' && target.dataset === dataset);
  }

  forField(dataset: string, field: string): string[] {
    return this.matching((target) => target.kind === 'field' && target.dataset === dataset && target.field === field);
  }

  // Issues no control on the page names.
  get general(): string[] {
    return this.matching((target) => target.kind === 'general');
  }

  private matching(test: (target: IssueTarget) => boolean): string[] {
    return this.issues.filter((issue) => test(issue.target)).map((issue) => issue.text);
  }
}

export function issueTarget(text: string, plan: PlanJson | null): IssueTarget {
  return pathTarget(text, plan) ?? fieldTarget(text, plan) ?? datasetTarget(text, plan) ?? parameterTarget(text) ?? { kind: 'general' };
}

function pathTarget(text: string, plan: PlanJson | null): IssueTarget | undefined {
  const match = /plan\.datasets\[(\d+)\](?:\.fields\[(\d+)\])?/.exec(text);
  const dataset = match && plan?.datasets[Number(match[1])];
  if (!match || !dataset) return undefined;
  const field = match[2] === undefined ? undefined : dataset.fields[Number(match[2])];
  return field ? { kind: 'field', dataset: dataset.name, field: field.name } : { kind: 'dataset', dataset: dataset.name };
}

function fieldTarget(text: string, plan: PlanJson | null): IssueTarget | undefined {
  for (const dataset of plan?.datasets ?? []) {
    for (const field of dataset.fields) {
      if (mentions(text, `${dataset.name}.${field.name}`)) return { kind: 'field', dataset: dataset.name, field: field.name };
    }
  }
  return undefined;
}

function datasetTarget(text: string, plan: PlanJson | null): IssueTarget | undefined {
  const dataset = plan?.datasets.find((candidate) => new RegExp(`\\bdataset "?${escaped(candidate.name)}\\b"?`, 'i').test(text));
  return dataset && { kind: 'dataset', dataset: dataset.name };
}

function parameterTarget(text: string): IssueTarget | undefined {
  if (/^prompt\b/i.test(text)) return { kind: 'parameter', name: 'prompt' };
  if (/\bdataset size\b/i.test(text)) return { kind: 'parameter', name: 'dataset_size' };
  const name = REQUEST_PARAMETERS.find((parameter) => new RegExp(`\\b${parameter}\\b\\s*(=|must|is|should)`, 'i').test(text));
  return name && { kind: 'parameter', name };
}

function mentions(text: string, name: string): boolean {
  return new RegExp(`(^|[^\\w.])"?${escaped(name)}"?(?![\\w.])`).test(text);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
