import * as Tabs from '@radix-ui/react-tabs';
import { useId, useMemo, useRef, useState } from 'react';
import type { PlanJson } from '../../../libs/client/src/plan-types';
import type { RequestSettings } from '../request/request-settings';
import { requestSnippets, TOKEN_VARIABLE, type RequestSnippets as Snippets } from './request-snippets';
import './snippets.css';

const TABS: readonly { value: keyof Snippets; label: string; hint: string }[] = [
  { value: 'curl', label: 'cURL', hint: 'Paste into a bash terminal.' },
  { value: 'python', label: 'Python', hint: 'Needs the requests package (pip install requests). Saves the files in the current folder.' },
  { value: 'cli', label: 'CLI', hint: 'Writes the plan to plan.json, then lets the datagen command line tool fetch the files.' },
];

// The job the button starts, as a request to run elsewhere: in a terminal, a script, the CLI.
export function RequestSnippets({ settings, plan }: { settings: RequestSettings; plan: PlanJson }) {
  const id = useId();
  const snippets = useMemo(() => requestSnippets(settings, plan, window.location.origin), [settings, plan]);
  const withToken = settings.token.trim() !== '';
  return (
    <section className="request-snippets" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>The same request, to copy</h3>
      <p className="hint">
        The same plan, seed and settings give the same files.
        {withToken && ` Your API token is not written out: set ${TOKEN_VARIABLE} to it before running.`}
      </p>
      <Tabs.Root defaultValue="curl">
        <Tabs.List className="snippet-tabs" aria-label="Language">
          {TABS.map((tab) => (
            <Tabs.Trigger key={tab.value} value={tab.value} className="snippet-tab">
              {tab.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Content key={tab.value} value={tab.value} className="snippet-panel">
            <CodeBlock label={tab.label} hint={tab.hint} code={snippets[tab.value]} />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </section>
  );
}

function CodeBlock({ label, hint, code }: { label: string; hint: string; code: string }) {
  const codeElement = useRef<HTMLElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const copy = async () => {
    setAnnouncement('');
    try {
      await navigator.clipboard.writeText(code);
      setAnnouncement('Copied');
    } catch {
      // No clipboard here (an insecure origin, a refused permission): select the code so
      // the keyboard's copy takes it.
      const selection = window.getSelection();
      if (codeElement.current && selection) selection.selectAllChildren(codeElement.current);
      setAnnouncement('Selected: press Ctrl+C (⌘C on a Mac) to copy');
    }
  };

  return (
    <>
      <div className="snippet-bar">
        <p className="hint">{hint}</p>
        <button type="button" onClick={copy} aria-label={`Copy the ${label} code`}>
          Copy
        </button>
        <span className="snippet-announcement" role="status">
          {announcement}
        </span>
      </div>
      <div className="scroll-x snippet-code" tabIndex={0} role="region" aria-label={`${label} code`}>
        <pre>
          <code ref={codeElement}>{code}</code>
        </pre>
      </div>
    </>
  );
}
