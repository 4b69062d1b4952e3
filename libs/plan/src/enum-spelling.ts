// Enum values as the REST API and the OpenAI planner's draft spell them: the proto name
// without its prefix, lower case (LOGICAL_TYPE_STRING → "string").
export class EnumSpelling<E extends number> {
  private readonly byName = new Map<string, E>();
  private readonly byValue = new Map<E, string>();

  constructor(enumObject: Record<string, string | number>, prefix: string) {
    for (const [key, value] of Object.entries(enumObject)) {
      if (typeof value !== 'number' || value <= 0) continue;
      const name = key.slice(prefix.length).toLowerCase();
      this.byName.set(name, value as E);
      this.byValue.set(value as E, name);
    }
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  name(value: E): string | undefined {
    return this.byValue.get(value);
  }

  value(name: string): E | undefined {
    return this.byName.get(name);
  }
}
