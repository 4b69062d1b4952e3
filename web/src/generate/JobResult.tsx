import { formatCount } from '../../../libs/api/src/count-format';
import type { JobView } from '../../../libs/client/src/api-types';
import { downloadFileName } from './download-file-name';

export type JobResultView = NonNullable<JobView['result']>;

// A completed job: a link to each file, what each dataset holds and how clean it came out.
export function JobResult({ result }: { result: JobResultView }) {
  const score = result.metadata.validation.validation_score;
  return (
    <div className="job-result">
      <h3>Your files</h3>
      <ul className="download-links" data-testid="download-links">
        {Object.entries(result.download_links).map(([file, url]) => {
          const name = downloadFileName(file, url);
          return (
            <li key={file}>
              <a href={url} download={name}>
                {name}
              </a>
            </li>
          );
        })}
      </ul>
      <h3>What they hold</h3>
      <ul className="dataset-sizes">
        {Object.entries(result.datasets).map(([name, dataset]) => (
          <li key={name}>
            <span className="mono">{name}</span>: {formatCount(dataset.size)} {dataset.size === 1 ? 'record' : 'records'}, {dataset.columns.length}{' '}
            {dataset.columns.length === 1 ? 'column' : 'columns'}
          </li>
        ))}
      </ul>
      <p>
        Quality score: <strong>{score}</strong> out of 10{' '}
        <span className="hint">(10 means every record has the right types, unique keys, valid references and its required values; messier reality levels score lower on purpose)</span>
      </p>
    </div>
  );
}
