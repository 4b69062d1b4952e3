import { useId, useState, type InputHTMLAttributes } from 'react';
import { nameProblem } from './plan-edits';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

interface NameInputProps extends NativeProps {
  value: string;
  // The names beside it: a name is never given twice.
  taken: readonly string[];
  onCommit: (name: string) => void;
}

// A text input that renames as the name is typed, so everything showing the name follows it;
// an empty or taken name stays in the input with the reason and is never written to the plan.
// Leaving the input puts the plan's name back.
export function NameInput({ value, taken, onCommit, onBlur, ...native }: NameInputProps) {
  const problemId = useId();
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | undefined>();
  const [committed, setCommitted] = useState(value);
  if (committed !== value) {
    setCommitted(value);
    if (draft !== value) {
      setDraft(value);
      setProblem(undefined);
    }
  }
  const describedBy = [native['aria-describedby'], problem && problemId].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        {...native}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-invalid={problem ? true : native['aria-invalid']}
        aria-describedby={describedBy}
        onChange={(event) => {
          const text = event.target.value;
          const found = nameProblem(text, taken);
          setDraft(text);
          setProblem(found);
          if (found === undefined && text !== value) onCommit(text);
        }}
        onBlur={(event) => {
          setDraft(value);
          setProblem(undefined);
          onBlur?.(event);
        }}
      />
      {problem && (
        <span className="plan-input-problem" id={problemId}>
          {problem}
        </span>
      )}
    </>
  );
}
