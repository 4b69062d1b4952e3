// date_range.not_before names a date of the same record ("signup_date") or, through one of the
// record's references, a date of the record it points to ("customer_id.signup_date").
export function notBeforeParts(notBefore: string): { reference?: string; date: string } {
  const dot = notBefore.indexOf('.');
  return dot < 0 ? { date: notBefore } : { reference: notBefore.slice(0, dot), date: notBefore.slice(dot + 1) };
}
