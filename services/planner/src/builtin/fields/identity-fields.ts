import type { FieldRule } from './field-spec.js';
import { rule, using } from './recipes.js';

// Identifiers are unique by construction (bijections of the record index), so they are
// marked unique and never need a retry.
export const IDENTITY_FIELDS: readonly FieldRule[] = [
  rule(['id'], using('id.sequence', { unique: true })),
  rule(['uuid', 'guid', '*_uuid', '*_guid', 'anonymous_id', 'external_id', 'tracking_id', 'session_token'], using('id.uuid', { unique: true })),
  rule(['code', '*_code', '*_number', 'license_plate', 'plate_number', 'isbn', 'iccid', 'imsi', 'imei', 'reference', 'confirmation', 'vin', 'serial', 'barcode', 'ean', 'upc'], using('id.code', { unique: true })),
];
