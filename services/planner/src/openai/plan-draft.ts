// The model's answer once its structure has been checked, before anything in it is trusted:
// names are raw, generators and types may be outside the catalogue, references may dangle.
// Properties the schema lets the model leave null stay null here.
export interface PlanDraft {
  readonly domain: string;
  readonly datasets: readonly DatasetDraft[];
}

export interface DatasetDraft {
  readonly name: string;
  readonly description: string;
  readonly fields: readonly FieldDraft[];
}

export interface FieldDraft {
  readonly name: string;
  readonly description: string;
  readonly type: string;
  readonly generator: string;
  readonly primaryKey: boolean;
  readonly unique: boolean;
  readonly nullable: boolean;
  readonly nullRate: number | null;
  readonly foreignKey: { readonly dataset: string; readonly field: string; readonly children: { readonly min: number; readonly max: number } | null } | null;
  readonly enumValues: readonly { readonly value: string; readonly weight: number | null }[];
  readonly numericRange: { readonly min: number; readonly max: number; readonly distribution: string | null } | null;
  readonly dateRange: {
    readonly start: string | null;
    readonly end: string | null;
    readonly afterField: string | null;
    readonly maxDaysAfter: number | null;
    readonly minDaysAfter: number | null;
    readonly notBefore: string | null;
  } | null;
  readonly trueProbability: number | null;
  readonly scale: number | null;
  readonly formula: { readonly operator: string; readonly operands: readonly string[]; readonly asOf: string | null } | null;
  readonly maxLength: number | null;
  readonly onlyWhen: ConditionDraft | null;
  readonly lifts: readonly { readonly when: ConditionDraft; readonly factor: number }[];
  readonly aggregate: {
    readonly dataset: string;
    readonly foreignKeyField: string | null;
    readonly operator: string;
    readonly field: string | null;
  } | null;
}

export interface ConditionDraft {
  readonly field: string;
  readonly operator: string;
  readonly values: readonly string[];
  readonly otherField: string | null;
}
