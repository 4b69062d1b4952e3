import { singular } from './inflection.js';

// Two names the domain files give one kind are one dataset: "clients and customers",
// "tickets and support tickets". A prompt that repeats a noun under different modifiers
// contrasts two sets of the thing: "shipping addresses and billing addresses".
export function namesSameSet(name: string, other: string): boolean {
  const [head, ...modifiers] = name.split('_').reverse();
  const [otherHead, ...otherModifiers] = other.split('_').reverse();
  if (singular(head) !== singular(otherHead) || modifiers.length === 0 || otherModifiers.length === 0) return true;
  return modifiers.join('_') === otherModifiers.join('_');
}
