import { useId } from 'react';
import type { Catalogue } from '../../../libs/client/src/api-types';
import type { FieldJson, PlanJson } from '../../../libs/client/src/plan-types';
import { EnumValuesEditor } from './EnumValuesEditor';
import { notBeforeParts } from './not-before';
import { NumberInput } from './NumberInput';
import {
  referenceTargets,
  setDateRange,
  setEnumValues,
  setNullable,
  setNullRate,
  setNumericRange,
  setReference,
  setTrueProbability,
} from './plan-edits';

interface ColumnDetailsProps {
  id: string;
  plan: PlanJson;
  dataset: string;
  field: FieldJson;
  catalogue: Catalogue | null;
  onChange: (plan: PlanJson) => void;
}

const NUMERIC_TYPES = new Set(['integer', 'decimal', 'float']);
const DATE_TYPES = new Set(['date', 'timestamp']);

// The constraints of one column that can be edited, shown when its row is expanded. Only the
// constraints that make sense for the column's generator and type are offered.
export function ColumnDetails({ id, plan, dataset, field, catalogue, onChange }: ColumnDetailsProps) {
  const ids = useId();
  const column = `${dataset}.${field.name}`;
  const targets = referenceTargets(plan, dataset);
  const key = field.foreign_key;
  const targetValue = key ? `${key.dataset}.${key.field}` : '';
  const showRange = field.numeric_range !== undefined || (NUMERIC_TYPES.has(field.type) && !key && !field.formula && !field.aggregate && field.generator !== 'enum' && !field.primary_key);
  const showDates = field.date_range !== undefined || DATE_TYPES.has(field.type);
  const notBefore = field.date_range?.not_before ? notBeforeParts(field.date_range.not_before) : undefined;
  const showTrue = field.true_probability !== undefined || field.type === 'boolean';
  const canBeNull = !field.primary_key;
  const generatorDescription = catalogue?.generators.find((entry) => entry.name === field.generator)?.description;

  return (
    <div className="plan-details" id={id} role="group" aria-label={`Constraints of ${column}`}>
      <p className="hint plan-details-wide">
        {field.description && <>{field.description}. </>}
        {generatorDescription && (
          <>
            Generator {field.generator}: {generatorDescription}
          </>
        )}
      </p>

      {field.generator === 'reference' && (
        <div className="plan-details-wide">
          <label htmlFor={`${ids}-target`}>Refers to</label>
          <select
            id={`${ids}-target`}
            value={targetValue}
            onChange={(event) => {
              const target = targets.find((candidate) => `${candidate.dataset}.${candidate.field}` === event.target.value);
              if (target) onChange(setReference(plan, dataset, field.name, target));
            }}
          >
            {!targets.some((target) => `${target.dataset}.${target.field}` === targetValue) && <option value={targetValue}>{targetValue || 'Nothing yet'}</option>}
            {targets.map((target) => (
              <option key={`${target.dataset}.${target.field}`} value={`${target.dataset}.${target.field}`}>
                {target.dataset}.{target.field}
              </option>
            ))}
          </select>
          <p className="hint">A key or unique column of a dataset listed before {dataset}.</p>
        </div>
      )}

      {field.generator === 'enum' && (
        <div className="plan-details-wide">
          <EnumValuesEditor column={column} values={field.enum_values ?? []} onChange={(values) => onChange(setEnumValues(plan, dataset, field.name, values))} />
        </div>
      )}

      {showRange && (
        <fieldset className="plan-details-set">
          <legend>Range of numbers</legend>
          <div className="plan-pair">
            <div>
              <label htmlFor={`${ids}-min`}>Lowest</label>
              <NumberInput
                id={`${ids}-min`}
                value={field.numeric_range?.min}
                whole={field.type === 'integer'}
                onCommit={(min) => onChange(setNumericRange(plan, dataset, field.name, { min }))}
              />
            </div>
            <div>
              <label htmlFor={`${ids}-max`}>Highest</label>
              <NumberInput
                id={`${ids}-max`}
                value={field.numeric_range?.max}
                whole={field.type === 'integer'}
                onCommit={(max) => onChange(setNumericRange(plan, dataset, field.name, { max }))}
              />
            </div>
          </div>
          {catalogue && (
            <>
              <label htmlFor={`${ids}-distribution`}>Spread</label>
              <select
                id={`${ids}-distribution`}
                value={field.numeric_range?.distribution ?? ''}
                onChange={(event) => onChange(setNumericRange(plan, dataset, field.name, { distribution: event.target.value || undefined }))}
              >
                <option value="">Default</option>
                {catalogue.distributions.map((distribution) => (
                  <option key={distribution} value={distribution}>
                    {distribution.replace(/_/g, '-')}
                  </option>
                ))}
              </select>
            </>
          )}
        </fieldset>
      )}

      {showDates && (
        <fieldset className="plan-details-set">
          <legend>Dates</legend>
          <div className="plan-pair">
            <div>
              <label htmlFor={`${ids}-start`}>From</label>
              <input
                id={`${ids}-start`}
                type="date"
                value={field.date_range?.start ?? ''}
                onChange={(event) => onChange(setDateRange(plan, dataset, field.name, { start: event.target.value || undefined }))}
              />
            </div>
            <div>
              <label htmlFor={`${ids}-end`}>To</label>
              <input
                id={`${ids}-end`}
                type="date"
                value={field.date_range?.end ?? ''}
                onChange={(event) => onChange(setDateRange(plan, dataset, field.name, { end: event.target.value || undefined }))}
              />
            </div>
          </div>
          {field.date_range?.after_field && (
            <p className="hint">
              Follows {field.date_range.after_field} of the same record
              {field.date_range.max_days_after ? ` by up to ${field.date_range.max_days_after} days` : ''}.
            </p>
          )}
          {notBefore && (
            <p className="hint">
              Never before {notBefore.reference === undefined ? `${notBefore.date} of the same record` : `${notBefore.date} of the record ${notBefore.reference} refers to`}
              {field.date_range?.min_days_after ? `, by ${field.date_range.min_days_after} days or more` : ''}; where that date is past the range, it wins.
            </p>
          )}
        </fieldset>
      )}

      {showTrue && (
        <div>
          <label htmlFor={`${ids}-true`}>True in % of records</label>
          <NumberInput
            id={`${ids}-true`}
            className="plan-narrow-input"
            value={field.true_probability}
            min={0}
            max={100}
            factor={100}
            onCommit={(probability) => onChange(setTrueProbability(plan, dataset, field.name, probability))}
          />
          <p className="hint">Empty or 0 means half.</p>
        </div>
      )}

      {canBeNull && (
        <fieldset className="plan-details-set">
          <legend>Empty values</legend>
          <div className="plan-check">
            <input
              id={`${ids}-nullable`}
              type="checkbox"
              checked={field.nullable ?? false}
              onChange={(event) => onChange(setNullable(plan, dataset, field.name, event.target.checked))}
            />
            <label htmlFor={`${ids}-nullable`}>May be empty</label>
          </div>
          <label htmlFor={`${ids}-null-rate`}>Empty in % of records</label>
          <NumberInput
            id={`${ids}-null-rate`}
            className="plan-narrow-input"
            value={field.null_rate}
            min={0}
            max={100}
            factor={100}
            onCommit={(rate) => onChange(setNullRate(plan, dataset, field.name, rate))}
          />
          <p className="hint">Before the reality level adds its own defects.</p>
        </fieldset>
      )}
    </div>
  );
}
