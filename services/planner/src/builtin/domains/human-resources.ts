import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const HUMAN_RESOURCES: Domain = {
  name: 'hr',
  keywords: ['hr', 'human resources', 'payroll', 'workforce', 'hiring', 'recruiting', 'recruitment', 'personnel', 'company staff'],
  defaults: ['employees', 'departments', 'positions', 'salaries', 'performance_reviews'],
  scenarios: [
    { name: 'payroll', keywords: ['payroll', 'payslips', 'pay stubs', 'salary payments'], core: ['employees', 'payslips', 'timesheets', 'departments'] },
  ],
  kinds: [
    {
      name: 'employees',
      aliases: ['staff', 'staff members', 'workers', 'personnel'],
      description: 'An employee',
      person: true,
      references: ['departments', 'positions', { kind: 'employees', column: 'manager_id' }],
      fields: ['first_name', 'last_name', 'email', 'phone', 'job_title', 'hire_date', 'salary', 'employment_type', 'is_active'],
      enums: { employment_type: weighted('full_time=75|part_time=12|contractor=10|intern=3') },
    },
    {
      name: 'departments',
      aliases: ['divisions'],
      description: 'A department of the company',
      naming: 'company.department',
      fields: ['name', 'cost_center_code', 'location', 'head_count', 'budget', 'created_date'],
      ranges: { budget: [100000, 5000000] },
    },
    {
      name: 'positions',
      aliases: ['job positions', 'job roles', 'roles', 'jobs'],
      description: 'A position in the organisation',
      references: ['departments'],
      fields: ['title', 'level', 'employment_type', 'min_salary', 'max_salary', 'is_open'],
      enums: { level: weighted('junior=35|mid=35|senior=20|lead=7|executive=3') },
    },
    {
      name: 'payroll',
      singular: 'payroll',
      aliases: ['payslips', 'pay slips', 'paychecks', 'payroll records', 'payroll runs', 'salary payments', 'salaries'],
      description: 'One pay period of an employee',
      references: ['employees'],
      fields: ['pay_period_start', 'pay_period_end', 'gross_pay', 'deductions', 'net_pay', 'pay_date'],
      ranges: { gross_pay: [1500, 15000], deductions: [200, 3000] },
    },
    {
      name: 'timesheets',
      aliases: ['time entries', 'time logs', 'attendance', 'attendance records'],
      description: 'Hours an employee worked on a day',
      references: ['employees'],
      fields: ['work_date', 'hours_worked', 'overtime_hours', 'project', 'is_approved'],
      enums: { project: weighted('Apollo|Borealis|Cascade|Delta|Everest|Falcon') },
    },
    {
      name: 'leave_requests',
      aliases: ['time off requests', 'absences', 'vacation requests', 'leaves'],
      description: 'A request for time off',
      references: ['employees'],
      fields: ['leave_type', 'start_date', 'end_date', 'status', 'reason'],
      enums: {
        leave_type: weighted('vacation=50|sick=30|personal=10|parental=5|unpaid=5'),
        status: weighted('approved=70|pending=20|rejected=10'),
      },
    },
    {
      name: 'performance_reviews',
      aliases: ['appraisals', 'performance evaluations', 'evaluations'],
      description: "A review of an employee's performance",
      references: ['employees', { kind: 'employees', column: 'reviewer_id' }],
      fields: ['review_date', 'rating', 'goals_met', 'comments'],
    },
    {
      name: 'candidates',
      aliases: ['applicants', 'job applications', 'job candidates'],
      description: 'A person applying for a job',
      person: true,
      references: ['positions'],
      fields: ['first_name', 'last_name', 'email', 'phone', 'application_date', 'source', 'status'],
      enums: {
        source: weighted('linkedin=35|referral=20|job_board=25|company_website=15|agency=5'),
        status: weighted('applied=35|screening=25|interview=20|offer=7|hired=5|rejected=8'),
      },
    },
  ],
};
