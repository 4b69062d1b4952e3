import type { DefectRateOverrides } from '../../../../libs/reality/src/defect-rate-overrides.js';
import { DEFECT_KINDS, type DefectKind } from './defect-kinds.js';
import { MAX_REALITY } from '../../../../libs/api/src/request-limits.js';
import { DEFECT_RATES, TEXT_IN_TYPED_COLUMNS_FROM } from './reality-levels.js';

// The defect rates of one request: the reality level's row of the table, with the kinds the
// request's defect_rates sets replaced, at any level.
export class RealityRates {
  constructor(
    readonly level: number,
    private readonly overrides: DefectRateOverrides = {},
  ) {}

  rate(kind: DefectKind): number {
    return this.overrides[kind] ?? DEFECT_RATES[kind][this.level]!;
  }

  // How wide the kind's region of a defect draw is: its rate at the highest level, so a value
  // broken at one level is broken the same way at every level above; wider when the request
  // sets a higher rate.
  reach(kind: DefectKind): number {
    return Math.max(DEFECT_RATES[kind][MAX_REALITY]!, this.overrides[kind] ?? 0);
  }

  occurs(kind: DefectKind): boolean {
    return this.rate(kind) > 0;
  }

  // Whether the request set rates of its own.
  get overridden(): boolean {
    return Object.keys(this.overrides).length > 0;
  }

  // Whether anything at all is injected: otherwise the engine wraps no writer.
  get messy(): boolean {
    return DEFECT_KINDS.some((kind) => this.occurs(kind));
  }

  // Whether numbers, booleans, dates and UUIDs may be written as text in another format (and
  // SQL gives up those columns' types): from level 9, or whenever the request sets a rate for
  // format variants, which it would otherwise only see in phone numbers.
  get textInTypedColumns(): boolean {
    return this.occurs('format_variant') && (this.level >= TEXT_IN_TYPED_COLUMNS_FROM || this.overrides.format_variant !== undefined);
  }
}
