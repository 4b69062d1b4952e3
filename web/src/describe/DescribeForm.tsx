import { useId, type FormEvent } from 'react';
import {
  COMPRESSIONS,
  JOB_OUTPUT_FORMATS,
  MAX_DATASET_SIZE,
  MAX_DATASETS,
  MAX_REALITY,
  MAX_TOTAL_RECORDS,
  MIN_DATASET_SIZE,
  MIN_DATASETS,
  MIN_REALITY,
  SQL_DIALECTS,
  type CompressionName,
  type JobOutputFormatName,
  type SqlDialectName,
} from '../../../libs/api/src/request-limits';
import { formatCount } from '../../../libs/api/src/count-format';
import { FieldIssues, issueAria } from '../issues/IssueMessages';
import type { PlacedIssues, RequestParameter } from '../issues/issue-placement';
import { realityBand } from '../request/reality-bands';
import type { RequestSettings } from '../request/request-settings';
import { EXAMPLE_PROMPTS } from './example-prompts';
import { FORMAT_LABELS, SQL_DIALECT_LABELS } from './format-labels';

interface DescribeFormProps {
  settings: RequestSettings;
  onChange: (settings: RequestSettings) => void;
  onPlan: () => void;
  planning: boolean;
  issues: PlacedIssues;
}

// Step 1: what data, how much, how messy, in which format.
export function DescribeForm({ settings, onChange, onPlan, planning, issues }: DescribeFormProps) {
  const id = useId();
  const set = <K extends keyof RequestSettings>(key: K, value: RequestSettings[K]) => onChange({ ...settings, [key]: value });
  const issuesOf = (parameter: RequestParameter) => ({ id: `${id}-${parameter}-issues`, messages: issues.forParameter(parameter) });
  const band = realityBand(settings.reality);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPlan();
  };
  const prompt = issuesOf('prompt');
  const datasets = issuesOf('datasets');
  const size = issuesOf('dataset_size');
  const reality = issuesOf('reality');
  const seed = issuesOf('seed');
  const apiKey = issuesOf('api_key');

  return (
    <form className="describe" onSubmit={submit} noValidate>
      <div className="control wide">
        <label htmlFor={`${id}-prompt`}>What data do you need?</label>
        <textarea
          id={`${id}-prompt`}
          value={settings.prompt}
          rows={3}
          placeholder="E-commerce platform with customers, products, orders and reviews"
          onChange={(event) => set('prompt', event.target.value)}
          {...issueAria(prompt.id, prompt.messages)}
        />
        <FieldIssues {...prompt} />
        <div className="examples">
          <span id={`${id}-examples`}>Or start from an example:</span>
          <ul aria-labelledby={`${id}-examples`}>
            {EXAMPLE_PROMPTS.map((example) => (
              <li key={example}>
                <button type="button" className="link-button" onClick={() => set('prompt', example)}>
                  {example}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>

      <div className="control">
        <label htmlFor={`${id}-datasets`}>Datasets</label>
        <input
          id={`${id}-datasets`}
          type="number"
          min={MIN_DATASETS}
          max={MAX_DATASETS}
          value={settings.datasets}
          onChange={(event) => set('datasets', event.target.valueAsNumber)}
          {...issueAria(datasets.id, datasets.messages)}
        />
        <p className="hint">
          {MIN_DATASETS} to {MAX_DATASETS}; set to the tables your sentence names.
        </p>
        <FieldIssues {...datasets} />
      </div>

      <div className="control">
        <label htmlFor={`${id}-size`}>Records per dataset</label>
        <input
          id={`${id}-size`}
          type="number"
          min={MIN_DATASET_SIZE}
          max={MAX_DATASET_SIZE}
          value={settings.datasetSize}
          onChange={(event) => set('datasetSize', event.target.valueAsNumber)}
          {...issueAria(size.id, size.messages)}
        />
        <p className="hint">At most {formatCount(MAX_TOTAL_RECORDS)} records in all.</p>
        <FieldIssues {...size} />
      </div>

      <div className="control wide">
        <label htmlFor={`${id}-reality`}>
          Reality level: <output htmlFor={`${id}-reality`}>{settings.reality}</output>
        </label>
        <input
          id={`${id}-reality`}
          type="range"
          min={MIN_REALITY}
          max={MAX_REALITY}
          step={1}
          value={settings.reality}
          aria-valuetext={`${settings.reality}: ${band.description}`}
          onChange={(event) => set('reality', event.target.valueAsNumber)}
          {...issueAria(reality.id, reality.messages)}
        />
        <p className="reality-band" aria-live="polite">
          <strong>
            {band.from}-{band.to}: {band.description}.
          </strong>{' '}
          Good for: {band.useCases}.
        </p>
        <FieldIssues {...reality} />
      </div>

      <div className="control">
        <label htmlFor={`${id}-format`}>File format</label>
        <select id={`${id}-format`} value={settings.format} onChange={(event) => set('format', event.target.value as JobOutputFormatName)}>
          {JOB_OUTPUT_FORMATS.map((format) => (
            <option key={format} value={format}>
              {FORMAT_LABELS[format]}
            </option>
          ))}
        </select>
      </div>

      {settings.format === 'sql' && (
        <div className="control">
          <label htmlFor={`${id}-dialect`}>SQL dialect</label>
          <select id={`${id}-dialect`} value={settings.sqlDialect} onChange={(event) => set('sqlDialect', event.target.value as SqlDialectName)}>
            {SQL_DIALECTS.map((dialect) => (
              <option key={dialect} value={dialect}>
                {SQL_DIALECT_LABELS[dialect]}
              </option>
            ))}
          </select>
        </div>
      )}

      {settings.format !== 'parquet' && (
        <div className="control">
          <label htmlFor={`${id}-compression`}>Compression</label>
          <select id={`${id}-compression`} value={settings.compression} onChange={(event) => set('compression', event.target.value as CompressionName)}>
            {COMPRESSIONS.map((compression) => (
              <option key={compression} value={compression}>
                {compression === 'gzip' ? 'gzip (.gz files)' : 'None'}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="control">
        <label htmlFor={`${id}-seed`}>Seed</label>
        <input
          id={`${id}-seed`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="Picked for you"
          value={settings.seed}
          onChange={(event) => set('seed', event.target.value)}
          {...issueAria(seed.id, seed.messages)}
        />
        <p className="hint">The same seed gives the same data, byte for byte.</p>
        <FieldIssues {...seed} />
      </div>

      <details className="control wide connection">
        <summary>OpenAI key and API token (optional)</summary>
        <div className="connection-fields">
          <div className="control">
            <label htmlFor={`${id}-api-key`}>OpenAI API key</label>
            <input
              id={`${id}-api-key`}
              type="password"
              autoComplete="off"
              spellCheck={false}
              placeholder="sk-…"
              value={settings.apiKey}
              onChange={(event) => set('apiKey', event.target.value)}
              {...issueAria(apiKey.id, apiKey.messages)}
            />
            <p className="hint">Only needed when this server plans with OpenAI. Sent with each request, never stored.</p>
            <FieldIssues {...apiKey} />
          </div>
          <div className="control">
            <label htmlFor={`${id}-token`}>API token</label>
            <input
              id={`${id}-token`}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={settings.token}
              onChange={(event) => set('token', event.target.value)}
            />
            <p className="hint">Only needed when this server requires one. Kept in memory until you leave this page.</p>
          </div>
        </div>
      </details>

      <div className="actions wide">
        <button type="submit" className="primary" disabled={planning}>
          {planning ? 'Planning…' : 'Plan the data'}
        </button>
      </div>
    </form>
  );
}
