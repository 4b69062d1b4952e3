import * as Switch from '@radix-ui/react-switch';
import { useEffect, useId, useRef, useState } from 'react';
import { formatCount } from '../../../libs/api/src/count-format';
import type { ApiClient } from '../../../libs/client/src/api-client';
import type { Envelope } from '../../../libs/client/src/api-types';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import { ErrorSummary } from '../issues/IssueMessages';
import type { PlacedIssues } from '../issues/issue-placement';
import type { GenerationBody } from '../../../libs/client/src/generation-body';
import { PREVIEW_RECORDS, previewBody } from '../request/generation-body';
import type { RequestSettings } from '../request/request-settings';
import { isLongText } from './CellValue';
import { DatasetPreview } from './DatasetPreview';
import { DefectLegend } from './DefectLegend';
import { PreviewFacts } from './PreviewFacts';
import './preview.css';

interface PreviewPanelProps {
  client: ApiClient;
  settings: RequestSettings;
  plan: PlanJson;
  issues: PlacedIssues;
  onFailure: (error: unknown) => void;
  onSuccess: () => void;
}

interface Preview {
  envelope: Envelope;
  // The plan it was made from: its sizes, not the edited plan's, say how much is shown.
  plan: PlanJson;
  request: string;
}

// Step 3: the first records of every dataset from the plan as it stands, with the defects the
// reality level adds highlighted and their clean values a switch away.
export function PreviewPanel({ client, settings, plan, issues, onFailure, onSuccess }: PreviewPanelProps) {
  const id = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loading, setLoading] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [showClean, setShowClean] = useState(false);
  const [fullText, setFullText] = useState(false);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const body = previewBody(settings, plan);
  const outOfDate = preview !== null && preview.request !== requestKey(body);

  const makePreview = async () => {
    if (loading) return;
    const controller = new AbortController();
    running.current = controller;
    setLoading(true);
    setAnnouncement('');
    try {
      const envelope = await client.generate(body, controller.signal);
      setPreview({ envelope, plan, request: requestKey(body) });
      setAnnouncement(readyMessage(envelope));
      onSuccess();
    } catch (error) {
      if (!controller.signal.aborted) onFailure(error);
    } finally {
      if (running.current === controller) {
        running.current = null;
        setLoading(false);
      }
    }
  };

  const datasets = preview ? Object.entries(preview.envelope.datasets) : [];
  const hasDefects = datasets.some(([, dataset]) => (dataset.defects ?? []).length > 0);
  const hasLongText = datasets.some(([, dataset]) => dataset.content.some((record) => Object.values(record).some(isLongText)));

  return (
    <div className="preview">
      <p className="hint">
        The first {formatCount(PREVIEW_RECORDS)} records of each dataset, made from this plan with the same seed and reality level the
        full generation uses.
      </p>
      <div className="actions">
        {/* aria-disabled keeps the button focusable while a preview is on its way. */}
        <button type="button" className="primary" onClick={makePreview} aria-disabled={loading || undefined}>
          {preview ? 'Refresh the preview' : 'Show a preview'}
        </button>
        <div role="status" aria-live="polite" className="preview-status">
          {loading ? <span className="hint">Making the preview…</span> : announcement && <span className="visually-hidden">{announcement}</span>}
        </div>
      </div>
      <ErrorSummary issues={issues} />

      {preview && (
        <div className="preview-result" aria-busy={loading}>
          {outOfDate && (
            <p className="preview-outdated">
              <strong>Out of date.</strong> The plan or the settings changed after this preview was made. Refresh the preview to see the data
              they give now.
            </p>
          )}
          <PreviewFacts metadata={preview.envelope.metadata} />
          <DefectLegend datasets={datasets.map(([, dataset]) => dataset)} reality={preview.envelope.metadata.reality_level} showClean={showClean} />
          {(hasDefects || hasLongText) && (
            <div className="preview-options">
              {hasDefects && (
                <div className="switch-control">
                  <Switch.Root id={`${id}-clean`} className="switch" checked={showClean} onCheckedChange={setShowClean}>
                    <Switch.Thumb className="switch-thumb" />
                  </Switch.Root>
                  <label htmlFor={`${id}-clean`}>Show clean values</label>
                </div>
              )}
              {hasLongText && (
                <div className="checkbox-control">
                  <input id={`${id}-full-text`} type="checkbox" checked={fullText} onChange={(event) => setFullText(event.target.checked)} />
                  <label htmlFor={`${id}-full-text`}>Show long text in full</label>
                </div>
              )}
            </div>
          )}
          {datasets.map(([name, dataset]) => (
            <DatasetPreview
              key={name}
              name={name}
              dataset={dataset}
              plannedSize={preview.plan.datasets.find((planned) => planned.name === name)?.size}
              showClean={showClean}
              fullText={fullText}
            />
          ))}
        </div>
      )}
    </div>
  );
}

// What decides the records a preview shows. The OpenAI key does not: the plan is given, so
// typing one in leaves the preview as it is.
function requestKey(body: GenerationBody): string {
  const { api_key: _apiKey, ...decisive } = body;
  return JSON.stringify(decisive);
}

function readyMessage(envelope: Envelope): string {
  const { total_datasets: datasets, total_records: records, defects } = envelope.metadata;
  const what = `${formatCount(records)} ${records === 1 ? 'record' : 'records'} from ${datasets === 1 ? 'one dataset' : `${formatCount(datasets)} datasets`}`;
  return `Preview ready: ${what}, ${defects.total === 0 ? 'no defects' : `${formatCount(defects.total)} ${defects.total === 1 ? 'defect' : 'defects'}`}.`;
}
