import type { TestProject } from 'vitest/node';
import { probeDatabases } from './databases.js';

// vitest's globalSetup: the database servers are probed once per run, and what a missing one
// means is said once, not by every test file that loads SQL.
export default async function setup(project: TestProject): Promise<void> {
  project.provide('databaseAbsences', await probeDatabases());
}
