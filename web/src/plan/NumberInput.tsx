import { useId, useState, type InputHTMLAttributes } from 'react';
import { formatCount } from '../../../libs/api/src/count-format';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max' | 'required'>;

interface NumberInputProps extends NativeProps {
  value: number | undefined;
  // Called with every number typed that is allowed, and with undefined when an optional input
  // is cleared. A number being typed that is not allowed yet is kept in the input only.
  onCommit: (value: number | undefined) => void;
  min?: number;
  max?: number;
  whole?: boolean;
  required?: boolean;
  // The plan stores shares (0-1) that people read as percents: `factor` 100 shows 0.15 as 15.
  factor?: number;
}

// A number input that edits the plan as the number is typed, without ever writing a number
// the plan may not hold. What was typed stays in the input until it is a valid number; leaving
// the input puts the plan's value back.
export function NumberInput({ value, onCommit, min, max, whole = false, required = false, factor = 1, onBlur, ...native }: NumberInputProps) {
  const problemId = useId();
  const shownOf = (number: number | undefined) => (number === undefined ? '' : String(Math.round(number * factor * 1e9) / 1e9));
  const [draft, setDraft] = useState(shownOf(value));
  const [problem, setProblem] = useState<string | undefined>();
  const [committed, setCommitted] = useState(value);
  if (!Object.is(committed, value)) {
    setCommitted(value);
    if (parsed(draft) !== value) {
      setDraft(shownOf(value));
      setProblem(undefined);
    }
  }

  function parsed(text: string): number | undefined {
    return text.trim() === '' ? undefined : Number(text) / factor;
  }

  const problemOf = (text: string, badInput: boolean): string | undefined => {
    const rule = `Enter ${whole ? 'a whole number' : 'a number'}${min !== undefined && max !== undefined ? ` from ${formatCount(min)} to ${formatCount(max)}` : min !== undefined ? ` of at least ${formatCount(min)}` : ''}.`;
    if (badInput) return rule;
    if (text.trim() === '') return required ? rule : undefined;
    const number = Number(text);
    if (!Number.isFinite(number) || (whole && !Number.isInteger(number))) return rule;
    if ((min !== undefined && number < min) || (max !== undefined && number > max)) return rule;
    return undefined;
  };

  const describedBy = [native['aria-describedby'], problem && problemId].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        {...native}
        type="number"
        inputMode={whole ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={native.step ?? (whole ? 1 : 'any')}
        value={draft}
        aria-invalid={problem ? true : native['aria-invalid']}
        aria-describedby={describedBy}
        onChange={(event) => {
          const text = event.target.value;
          const found = problemOf(text, event.target.validity.badInput);
          setDraft(text);
          setProblem(found);
          if (found === undefined && parsed(text) !== value) onCommit(parsed(text));
        }}
        onBlur={(event) => {
          setDraft(shownOf(value));
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
