import type { PlacedIssues } from './issue-placement';

// The issues the API named a control for, shown right beside it. `id` lets the control point
// at them with aria-describedby.
export function FieldIssues({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="field-issues" id={id}>
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

// An API error's headline, the issues no control names, and its suggestions.
export function ErrorSummary({ issues }: { issues: PlacedIssues }) {
  if (issues.empty) return null;
  const placedElsewhere = issues.issues.length - issues.general.length;
  return (
    <div className="error-summary" role="alert">
      <p className="error-headline">{issues.error}</p>
      {issues.general.length > 0 && (
        <ul>
          {issues.general.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {placedElsewhere > 0 && <p>{placedElsewhere === 1 ? 'One problem is shown' : `${placedElsewhere} problems are shown`} beside the setting it concerns.</p>}
      {issues.suggestions.length > 0 && (
        <>
          <p className="suggestions-title">Suggestions</p>
          <ul>
            {issues.suggestions.map((suggestion) => (
              <li key={suggestion}>{suggestion}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

// The aria attributes a control gets when issues name it.
export function issueAria(id: string, messages: readonly string[]): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return messages.length === 0 ? {} : { 'aria-invalid': true, 'aria-describedby': id };
}
