import type { PlanJson } from './plan-types.js';

// A body of POST /api/plan, /api/ddl, /api/generate or /api/jobs, as the README documents its fields.
export interface GenerationBody {
  prompt?: string;
  // SQL DDL text (CREATE TABLE …) to plan from, instead of or together with `prompt`.
  schema?: string;
  plan?: PlanJson;
  datasets?: number;
  dataset_size?: number;
  // With `schema`: records per table, by table name.
  dataset_sizes?: Record<string, number>;
  reality?: number;
  output_format?: string;
  sql_dialect?: string;
  sql_ddl?: boolean;
  sql_copy?: boolean;
  compression?: string;
  seed?: number;
  // Locale of names, addresses, phones and currency ("de", "ja"); absent lets the planner read it from the prompt.
  locale?: string;
  api_key?: string;
  include_defects?: boolean;
  defect_rates?: Record<string, number>;
  preview_records?: number;
  webhook_url?: string;
}
