import { below } from '../engine/random.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { INDUSTRIES } from './industries.js';
import { vocabulary } from './vocabulary.js';

// Faker's three English company name patterns: "Hahn - Schmidt", "Hahn LLC",
// "Hahn, Schmidt and Kuhn".
export function companyNameField(context: FieldContext): FieldValue {
  const { lastNames, companySuffixes } = vocabulary();
  const stream = context.stream;
  return context.stringValue(
    context.textWriter((record) => {
      const key = record.key;
      const first = lastNames[below(key, stream, 1, lastNames.length)]!;
      switch (below(key, stream, 0, 3)) {
        case 0:
          return first + ' - ' + lastNames[below(key, stream, 2, lastNames.length)];
        case 1:
          return first + ' ' + companySuffixes[below(key, stream, 2, companySuffixes.length)];
        default:
          return first + ', ' + lastNames[below(key, stream, 2, lastNames.length)] + ' and ' + lastNames[below(key, stream, 3, lastNames.length)];
      }
    }, context.safe(lastNames, companySuffixes)),
  );
}

export function departmentField(context: FieldContext): FieldValue {
  const areas = vocabulary().jobAreas;
  const stream = context.stream;
  return context.stringValue(context.pickWriter(areas, (record) => below(record.key, stream, 0, areas.length)));
}

export function industryField(context: FieldContext): FieldValue {
  const stream = context.stream;
  return context.stringValue(context.pickWriter(INDUSTRIES, (record) => below(record.key, stream, 0, INDUSTRIES.length)));
}
