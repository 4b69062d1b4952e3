// A moment as the API writes it: ISO 8601 in UTC to the second, as the document's examples
// ("2024-01-15T10:30:00Z").
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
