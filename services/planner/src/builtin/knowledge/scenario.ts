// A kind of system a domain serves, revealed by how a prompt names it ("ride-sharing app",
// "course registration"), with the datasets such a system usually has, most central first.
// The core names datasets as a prompt would ("vehicles" are the mobility domain's cars), so a
// scenario can give a kind the name its practitioners use.
export interface Scenario {
  readonly name: string;
  readonly keywords: readonly string[];
  readonly core: readonly string[];
}
