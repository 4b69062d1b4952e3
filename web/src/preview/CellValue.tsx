// Text longer than this is cut to one short line unless long text is shown in full.
const LONG_TEXT = 40;

// One value of a record, so that what a glance cannot tell apart is told apart: null is a
// marker, not the word "null" a text could hold; empty text is visible; stray spaces at
// either end show; long text is cut, with the full text on hover and for screen readers.
export function CellValue({ value, fullText }: { value: unknown; fullText: boolean }) {
  if (value === null || value === undefined) {
    return (
      <span className="value-marker">
        <span aria-hidden="true">null</span>
        <span className="visually-hidden">no value (null)</span>
      </span>
    );
  }
  if (value === '') {
    return (
      <span className="value-marker">
        <span aria-hidden="true">empty</span>
        <span className="visually-hidden">empty text</span>
      </span>
    );
  }
  if (typeof value === 'string') return <TextValue text={value} fullText={fullText} />;
  if (typeof value === 'number') return <span className="value-number">{String(value)}</span>;
  if (typeof value === 'object') return <TextValue text={JSON.stringify(value)} fullText={fullText} />;
  return <>{String(value)}</>;
}

export function isLongText(value: unknown): boolean {
  return typeof value === 'string' && value.length > LONG_TEXT;
}

function TextValue({ text, fullText }: { text: string; fullText: boolean }) {
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const cut = !fullText && text.length > LONG_TEXT;
  return (
    <span className={cut ? 'value-text value-cut' : 'value-text'} title={cut ? text : undefined}>
      <Spaces run={before!} where="before" />
      {core}
      <Spaces run={after!} where="after" />
    </span>
  );
}

// Stray spaces keep their characters, so copied text is the value, on a tinted ground that
// shows how many there are.
function Spaces({ run, where }: { run: string; where: 'before' | 'after' }) {
  if (run === '') return null;
  const count = run.length === 1 ? 'a space' : `${run.length} spaces`;
  return (
    <span className="value-spaces" role="img" aria-label={`${count} ${where}`}>
      {run}
    </span>
  );
}
