import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../libs/client/src/api-client';
import { ApiFailure } from '../../../libs/client/src/api-failure';
import { FINAL_JOB_STATUSES, type JobStatus, type JobView } from '../../../libs/client/src/api-types';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import { ErrorSummary } from '../issues/IssueMessages';
import type { PlacedIssues } from '../issues/issue-placement';
import { jobBody } from '../request/generation-body';
import type { RequestSettings } from '../request/request-settings';
import { RequestSnippets } from '../snippets/RequestSnippets';
import { followJob } from '../../../libs/client/src/follow-job';
import { createdView } from './job-progress';
import { JobProgress } from './JobProgress';
import { JobResult } from './JobResult';
import { jobSummary } from './job-summary';
import './generate.css';

interface GeneratePanelProps {
  client: ApiClient;
  settings: RequestSettings;
  plan: PlanJson;
  issues: PlacedIssues;
  onFailure: (error: unknown) => void;
  onSuccess: () => void;
}

// What each status means for the person waiting.
const STATUS_MEANINGS: Readonly<Record<JobStatus, string>> = {
  queued: 'Waiting for a free generator.',
  planning: 'Getting the plan ready.',
  running: 'Writing the files.',
  completed: 'The files are ready to download.',
  failed: 'The job stopped with the error shown below.',
  cancelled: 'The job was stopped and its files removed.',
};

// What a failed job reports when it gave no reason in the document's shape.
const UNEXPLAINED_FAILURE = { error: 'The job failed', detail: 'The server gave no reason.' };

// The job being followed, with the plan it was started from: the plan on the page may be
// edited meanwhile, but the bars and the issues belong to this one.
interface FollowedJob {
  view: JobView;
  plan: PlanJson;
}

// Step 4: start a job for the plan as it stands, follow it to the end, hand out its files.
export function GeneratePanel({ client, settings, plan, issues, onFailure, onSuccess }: GeneratePanelProps) {
  const [job, setJob] = useState<FollowedJob | null>(null);
  const [starting, setStarting] = useState(false);
  // False once the job ended or could no longer be followed.
  const [following, setFollowing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const watch = useRef<AbortController | null>(null);
  const generateButton = useRef<HTMLButtonElement>(null);
  const cancelFocused = useRef(false);

  useEffect(() => () => watch.current?.abort(), []);

  // A state can arrive late (an event after the answer to "Cancel"): a job that ended stays so.
  const update = useCallback((next: JobView) => {
    setJob((current) => {
      if (!current || current.view.job_id !== next.job_id || FINAL_JOB_STATUSES.has(current.view.status)) return current;
      return { ...current, view: next };
    });
  }, []);

  const body = jobBody(settings, plan);
  const status = job?.view.status;
  const ended = status !== undefined && FINAL_JOB_STATUSES.has(status);
  const busy = starting || (following && !ended);

  // The Cancel button leaves with the job's end; focus it held goes to the next thing to do.
  useEffect(() => {
    if (!ended || !cancelFocused.current) return;
    cancelFocused.current = false;
    generateButton.current?.focus();
  }, [ended]);

  const start = async () => {
    if (busy) return;
    watch.current?.abort();
    const controller = new AbortController();
    watch.current = controller;
    const startedPlan = plan;
    setStarting(true);
    setJob(null);
    try {
      const created = await client.createJob(jobBody(settings, startedPlan), controller.signal);
      onSuccess();
      setJob({ view: createdView(created, startedPlan), plan: startedPlan });
      setFollowing(true);
      setStarting(false);
      let last: JobView | undefined;
      await followJob(
        client,
        created.job_id,
        (view) => {
          last = view;
          update(view);
        },
        controller.signal,
      );
      // A failed job's error is the request's error: its summary shows here, and the issues
      // naming a dataset or a field show beside it in the plan.
      if (last?.status === 'failed') onFailure(new ApiFailure(0, last.error ?? UNEXPLAINED_FAILURE));
    } catch (error) {
      if (!controller.signal.aborted) onFailure(error);
    } finally {
      if (watch.current === controller) {
        setStarting(false);
        setFollowing(false);
      }
    }
  };

  const cancel = async () => {
    if (!job || cancelling) return;
    setCancelling(true);
    try {
      update(await client.cancelJob(job.view.job_id));
      onSuccess();
    } catch (error) {
      onFailure(error);
    } finally {
      setCancelling(false);
    }
  };

  return (
    <div className="generate">
      <p className="job-summary">{jobSummary(body, plan)}</p>
      <div className="actions">
        <button type="button" className="primary" ref={generateButton} aria-disabled={busy || undefined} onClick={start}>
          {starting ? 'Starting…' : job ? 'Generate again' : 'Generate the files'}
        </button>
        {job && !ended && following && (
          <button
            type="button"
            className="danger"
            aria-disabled={cancelling || undefined}
            onClick={cancel}
            onFocus={() => (cancelFocused.current = true)}
            onBlur={() => (cancelFocused.current = false)}
          >
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
      </div>

      <p className="job-status" data-testid="job-status" aria-live="polite">
        {status && (
          <>
            Status: <strong className="status-word">{status}</strong>. {STATUS_MEANINGS[status]}
          </>
        )}
      </p>
      <ErrorSummary issues={issues} />
      {job && status !== 'failed' && status !== 'cancelled' && <JobProgress job={job.view} plan={job.plan} />}
      {job && status === 'completed' && job.view.result && <JobResult result={job.view.result} />}

      <RequestSnippets settings={settings} plan={plan} />
    </div>
  );
}
