import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const PROJECT_MANAGEMENT: Domain = {
  name: 'project-management',
  keywords: ['project management', 'task tracker', 'issue tracker', 'jira', 'kanban', 'agile', 'scrum', 'productivity'],
  defaults: ['projects', 'tasks', 'users', 'time_entries', 'sprints'],
  kinds: [
    {
      name: 'projects',
      description: 'A project',
      fields: ['name', 'description', 'status', 'start_date', 'due_date', 'budget'],
      enums: { status: weighted('planning=15|active=50|on_hold=10|completed=20|cancelled=5') },
    },
    {
      name: 'tasks',
      aliases: ['todos', 'to-dos', 'work items', 'stories', 'user stories', 'bugs'],
      description: 'A task of a project',
      references: ['projects', 'sprints', 'milestones', { kind: 'users', column: 'assignee_id' }, { kind: 'employees', column: 'assignee_id', unless: 'users' }],
      fields: ['title', 'description', 'status', 'priority', 'story_points', 'created_at', 'due_date', 'completed_at'],
      enums: { status: weighted('todo=25|in_progress=25|in_review=10|done=40') },
      ranges: { story_points: [1, 13] },
    },
    {
      name: 'milestones',
      description: 'A milestone of a project',
      references: ['projects'],
      fields: ['name', 'due_date', 'is_completed'],
    },
    {
      name: 'sprints',
      aliases: ['iterations'],
      description: 'A sprint',
      references: ['projects'],
      fields: ['name', 'goal', 'start_date', 'end_date', 'status', 'committed_points'],
      enums: { status: weighted('planned=20|active=20|completed=60') },
      ranges: { committed_points: [10, 80] },
    },
    {
      name: 'time_entries',
      aliases: ['time logs', 'worklogs', 'time tracking'],
      description: 'Time spent on a task',
      references: ['tasks', 'users', { kind: 'employees', unless: 'users' }],
      fields: ['work_date', 'hours', 'description', 'is_billable'],
      ranges: { hours: [0.25, 10] },
    },
  ],
};
