// A plan as POST /api/plan answers it and POST /api/generate takes it back as `plan`: the
// public shape the README documents, so an edited plan the page sends is one a script could.

// Field types and distributions are named as GET /api/catalogue lists them.
export type LogicalType = string;
export type DistributionName = string;

export interface ForeignKeyJson {
  dataset: string;
  field: string;
  distribution?: DistributionName;
  // The constraint's name, shared by the fields of a reference to a composite key.
  group?: string;
  // How many records reference each referenced record.
  children?: { min?: number; max?: number };
}

export interface EnumValueJson {
  value: string;
  weight?: number;
}

export interface NumericRangeJson {
  min?: number;
  max?: number;
  distribution?: DistributionName;
  mean?: number;
  stddev?: number;
}

export interface DateRangeJson {
  start?: string;
  end?: string;
  after_field?: string;
  max_days_after?: number;
  min_days_after?: number;
  // Never earlier than this date: a field of the record, or "<reference>.<field>" of the record it references.
  not_before?: string;
}

// A test on the record's own fields: Field.only_when (the field has its planned value only
// where this holds) and a lift's `when`. Operators are named as GET /api/catalogue lists them.
export interface ConditionJson {
  field: string;
  operator: string;
  // Enum values for one_of and none_of; one number for at_least and below ("500").
  values?: string[];
  other_field?: string;
}

// Field.lifts, for booleans: true_probability is multiplied by `factor` where `when` holds.
export interface LiftJson {
  when: ConditionJson;
  factor: number;
}

// Field.aggregate: a count or sum over the records of a later dataset referencing this one.
export interface AggregateJson {
  dataset: string;
  foreign_key_field?: string;
  operator: string;
  field?: string;
}

export interface FieldJson {
  name: string;
  type: LogicalType;
  generator: string;
  primary_key?: boolean;
  unique?: boolean;
  nullable?: boolean;
  null_rate?: number;
  foreign_key?: ForeignKeyJson;
  enum_values?: EnumValueJson[];
  numeric_range?: NumericRangeJson;
  date_range?: DateRangeJson;
  true_probability?: number;
  scale?: number;
  formula?: { operator: string; operands: string[]; as_of?: string };
  max_length?: number;
  description?: string;
  only_when?: ConditionJson;
  aggregate?: AggregateJson;
  lifts?: LiftJson[];
}

export interface DatasetJson {
  name: string;
  size: number;
  description?: string;
  fields: FieldJson[];
  // The earlier dataset whose records this one's set columns of (a cycle closed by UPDATEs).
  updates?: string;
}

export interface PlanJson {
  seed: number;
  reality_level?: number;
  planner?: string;
  domain?: string;
  // Faker locale of names, addresses, phones and currency; absent means en_US.
  locale?: string;
  prompt?: string;
  warnings: string[];
  datasets: DatasetJson[];
}
