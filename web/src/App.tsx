import { TooltipProvider } from '@radix-ui/react-tooltip';
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiClient } from '../../libs/client/src/api-client';
import { ApiFailure } from '../../libs/client/src/api-failure';
import type { Catalogue } from '../../libs/client/src/api-types';
import type { PlanJson } from '../../libs/client/src/plan-types';
import { DescribeForm } from './describe/DescribeForm';
import { GeneratePanel } from './generate/GeneratePanel';
import { ErrorSummary } from './issues/IssueMessages';
import { PlacedIssues } from './issues/issue-placement';
import { PlanEditor } from './plan/PlanEditor';
import { PreviewPanel } from './preview/PreviewPanel';
import { planBody } from './request/generation-body';
import { DEFAULT_SETTINGS, type RequestSettings } from './request/request-settings';

// Which step's request an error came from: its summary shows there, and the issues naming a
// setting or a field show beside it wherever it is.
export type Step = 'plan' | 'preview' | 'generate';

export function App() {
  const [settings, setSettings] = useState<RequestSettings>(DEFAULT_SETTINGS);
  const settingsNow = useRef(settings);
  settingsNow.current = settings;
  const client = useMemo(() => new ApiClient('', () => settingsNow.current.token), []);
  const [plan, setPlan] = useState<PlanJson | null>(null);
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [planning, setPlanning] = useState(false);
  const [failure, setFailure] = useState<{ step: Step; issues: PlacedIssues } | null>(null);

  const reportFailure = useCallback(
    (step: Step, error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      const apiFailure = error instanceof ApiFailure ? error : ApiFailure.unreachable(error);
      setFailure({ step, issues: PlacedIssues.of(apiFailure, plan) });
    },
    [plan],
  );
  const clearFailure = useCallback(() => setFailure(null), []);
  const issuesOf = (step: Step) => (failure?.step === step ? failure.issues : PlacedIssues.NONE);
  // Issues naming a setting or a field show beside it whichever step sent the request.
  const allIssues = failure?.issues ?? PlacedIssues.NONE;

  const makePlan = async () => {
    setPlanning(true);
    setFailure(null);
    try {
      const [answer, known] = await Promise.all([client.plan(planBody(settings)), catalogue ?? client.catalogue()]);
      setCatalogue(known);
      setPlan(answer.plan);
      setSettings((current) => ({ ...current, seed: String(answer.plan.seed) }));
    } catch (error) {
      reportFailure('plan', error);
    } finally {
      setPlanning(false);
    }
  };

  return (
    <TooltipProvider delayDuration={150}>
      <a className="skip-link" href="#main">
        Skip to the form
      </a>
      <header className="page-header">
        <h1>DataGen</h1>
        <p>Describe the data you need. Check its plan and a preview, then download the files.</p>
      </header>
      <main id="main" tabIndex={-1}>
        <section aria-labelledby="describe-title" className="step">
          <h2 id="describe-title">
            <span className="step-number">1</span> Describe
          </h2>
          <DescribeForm settings={settings} onChange={setSettings} onPlan={makePlan} planning={planning} issues={allIssues} />
          <ErrorSummary issues={issuesOf('plan')} />
        </section>

        {plan && (
          <>
            <section aria-labelledby="plan-title" className="step">
              <h2 id="plan-title">
                <span className="step-number">2</span> Plan
              </h2>
              <PlanEditor plan={plan} onChange={setPlan} catalogue={catalogue} issues={allIssues} />
            </section>

            <section aria-labelledby="preview-title" className="step">
              <h2 id="preview-title">
                <span className="step-number">3</span> Preview
              </h2>
              <PreviewPanel
                client={client}
                settings={settings}
                plan={plan}
                issues={issuesOf('preview')}
                onFailure={(error) => reportFailure('preview', error)}
                onSuccess={clearFailure}
              />
            </section>

            <section aria-labelledby="generate-title" className="step">
              <h2 id="generate-title">
                <span className="step-number">4</span> Generate
              </h2>
              <GeneratePanel
                client={client}
                settings={settings}
                plan={plan}
                issues={issuesOf('generate')}
                onFailure={(error) => reportFailure('generate', error)}
                onSuccess={clearFailure}
              />
            </section>
          </>
        )}
      </main>
    </TooltipProvider>
  );
}
