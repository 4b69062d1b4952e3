import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const EDUCATION: Domain = {
  name: 'education',
  keywords: ['education', 'school', 'university', 'college', 'academy', 'learning', 'lms', 'campus', 'e-learning', 'edtech', 'student information'],
  defaults: ['students', 'teachers', 'courses', 'enrollments', 'grades'],
  kinds: [
    {
      name: 'students',
      aliases: ['pupils', 'learners'],
      description: 'A student',
      person: true,
      references: ['schools'],
      fields: ['first_name', 'last_name', 'email', 'date_of_birth', 'enrollment_year', 'major', 'gpa'],
      enums: { major: weighted('Computer Science|Biology|Economics|Psychology|Mathematics|History|Engineering|Business') },
    },
    {
      name: 'teachers',
      aliases: ['instructors', 'professors', 'faculty', 'tutors', 'lecturers'],
      description: 'A teacher',
      person: true,
      references: ['schools'],
      fields: ['first_name', 'last_name', 'email', 'subject', 'hire_date', 'title'],
      enums: { title: weighted('Lecturer|Assistant Professor|Associate Professor|Professor') },
    },
    {
      name: 'courses',
      aliases: ['classes', 'modules'],
      description: 'A course',
      references: ['teachers'],
      fields: ['course_code', 'title', 'department', 'credits', 'level', 'max_enrollment'],
      enums: { level: weighted('introductory=40|intermediate=35|advanced=25') },
    },
    {
      name: 'enrollments',
      aliases: ['registrations', 'course enrollments'],
      description: "A student's enrollment in a course",
      references: ['students', 'courses'],
      fields: ['enrollment_date', 'term', 'status'],
      enums: { status: weighted('enrolled=60|completed=30|dropped=10') },
    },
    {
      name: 'grades',
      aliases: ['marks', 'transcripts'],
      description: "A student's grade in a course",
      references: ['students', 'courses'],
      fields: ['score', 'letter_grade', 'term', 'graded_at'],
    },
    {
      name: 'assignments',
      aliases: ['homework', 'coursework'],
      description: 'An assignment of a course',
      references: ['courses'],
      fields: ['title', 'description', 'due_date', 'max_points'],
      ranges: { max_points: [10, 100] },
    },
    {
      name: 'submissions',
      aliases: ['assignment submissions'],
      description: "A student's submission for an assignment",
      references: ['assignments', 'students'],
      fields: ['submitted_at', 'score', 'is_late'],
    },
    {
      name: 'schools',
      aliases: ['universities', 'colleges', 'campuses'],
      description: 'A school',
      naming: 'company.name',
      fields: ['name', 'school_type', 'city', 'state', 'founded_year', 'student_count'],
      enums: { school_type: weighted('public=60|private=30|charter=10') },
    },
  ],
};
