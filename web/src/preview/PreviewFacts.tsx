import { formatCount } from '../../../libs/api/src/count-format';
import type { Envelope } from '../../../libs/client/src/api-types';

// The preview's seed, quality score and defect count, in a line or two.
export function PreviewFacts({ metadata }: { metadata: Envelope['metadata'] }) {
  const score = metadata.validation.validation_score;
  return (
    <dl className="preview-facts">
      <div>
        <dt>Seed</dt>
        <dd className="mono">{metadata.seed}</dd>
      </div>
      <div>
        <dt>Quality score</dt>
        <dd>
          {score} / 10
          <span className="hint">The share of records that pass every check (types, unique keys, references, required values), out of 10.</span>
        </dd>
      </div>
      <div>
        <dt>Defects in these records</dt>
        <dd>{formatCount(metadata.defects.total)}</dd>
      </div>
    </dl>
  );
}
