import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from './builtin-planner.js';

interface PromptCase {
  readonly prompt: string;
  readonly domain: string;
  // Dataset names, in any order (the plan orders them by dependency).
  readonly entities: readonly string[];
  // Columns each dataset must have, beyond its primary key.
  readonly fields?: Readonly<Record<string, readonly string[]>>;
  // "child.column → parent" links the plan must carry.
  readonly references?: readonly string[];
}

const CASES: readonly PromptCase[] = [
  { prompt: 'E-commerce platform with customers, products, orders, and reviews', domain: 'e-commerce', entities: ['customers', 'products', 'orders', 'reviews'], fields: { customers: ['email'], products: ['price'], orders: ['status', 'order_date'], reviews: ['rating'] }, references: ['orders.customer_id → customers', 'reviews.product_id → products', 'reviews.customer_id → customers'] },
  { prompt: 'Online store with a customer table and an order table', domain: 'e-commerce', entities: ['customers', 'orders'], references: ['orders.customer_id → customers'] },
  { prompt: 'Retail shop: products, categories, suppliers and inventory levels', domain: 'e-commerce', entities: ['products', 'categories', 'suppliers'], references: ['products.category_id → categories', 'products.supplier_id → suppliers'] },
  { prompt: 'Marketplace with orders and their line items plus the products sold', domain: 'e-commerce', entities: ['orders', 'line_items', 'products'], fields: { line_items: ['quantity', 'unit_price', 'line_total'] }, references: ['line_items.order_id → orders', 'line_items.product_id → products'] },
  { prompt: 'Healthcare system with patients and appointments', domain: 'healthcare', entities: ['patients', 'appointments'], fields: { patients: ['date_of_birth', 'blood_type'], appointments: ['appointment_date', 'status'] }, references: ['appointments.patient_id → patients'] },
  { prompt: 'Hospital data: patients, doctors, prescriptions and lab results', domain: 'healthcare', entities: ['patients', 'doctors', 'prescriptions', 'lab_results'], fields: { doctors: ['specialty'], prescriptions: ['dosage'] }, references: ['prescriptions.patient_id → patients', 'prescriptions.doctor_id → doctors', 'lab_results.patient_id → patients'] },
  { prompt: 'Clinic with physicians, patients and visits', domain: 'healthcare', entities: ['physicians', 'patients', 'visits'], references: ['visits.physician_id → physicians', 'visits.patient_id → patients'] },
  { prompt: 'Banking dataset with customers, accounts and transactions for fraud detection', domain: 'finance', entities: ['customers', 'accounts', 'transactions'], fields: { accounts: ['account_number', 'balance'], transactions: ['amount', 'is_fraud'] }, references: ['accounts.customer_id → customers', 'transactions.account_id → accounts'] },
  { prompt: 'Bank with branches, loans and credit cards', domain: 'finance', entities: ['branches', 'loans', 'credit_cards'], fields: { loans: ['interest_rate', 'principal_amount'] } },
  { prompt: 'Insurance company with policyholders, policies and claims', domain: 'insurance', entities: ['policyholders', 'policies', 'claims'], fields: { policies: ['policy_number', 'premium_amount'], claims: ['claim_amount', 'status'] }, references: ['policies.policyholder_id → policyholders', 'claims.policy_id → policies'] },
  { prompt: 'Insurer data: agents, policies and premium payments', domain: 'insurance', entities: ['agents', 'policies', 'premium_payments'], references: ['policies.agent_id → agents', 'premium_payments.policy_id → policies'] },
  { prompt: 'HR system with employees and departments', domain: 'hr', entities: ['employees', 'departments'], fields: { employees: ['hire_date', 'salary', 'job_title'] }, references: ['employees.department_id → departments'] },
  { prompt: 'Payroll for staff: employees, payslips and timesheets', domain: 'hr', entities: ['employees', 'payslips', 'timesheets'], fields: { payslips: ['gross_pay', 'deductions', 'net_pay'], timesheets: ['hours_worked'] }, references: ['payslips.employee_id → employees', 'timesheets.employee_id → employees'] },
  { prompt: 'Recruiting pipeline with candidates, job positions and leave requests', domain: 'hr', entities: ['candidates', 'job_positions', 'leave_requests'] },
  { prompt: 'University with students, courses and enrollments', domain: 'education', entities: ['students', 'courses', 'enrollments'], fields: { students: ['gpa'], courses: ['credits'] }, references: ['enrollments.student_id → students', 'enrollments.course_id → courses'] },
  { prompt: 'School database of teachers, classes, assignments and grades', domain: 'education', entities: ['teachers', 'classes', 'assignments', 'grades'], references: ['classes.teacher_id → teachers', 'assignments.class_id → classes'] },
  { prompt: 'SaaS billing with accounts, subscriptions, invoices and payments', domain: 'saas', entities: ['accounts', 'subscriptions', 'invoices', 'payments'], fields: { subscriptions: ['status', 'billing_cycle'], invoices: ['invoice_number', 'total'] }, references: ['subscriptions.account_id → accounts', 'invoices.subscription_id → subscriptions', 'payments.invoice_id → invoices'] },
  { prompt: 'Subscription software company: organizations, users, plans and usage events', domain: 'saas', entities: ['organizations', 'users', 'plans', 'usage_events'], references: ['users.organization_id → organizations', 'usage_events.organization_id → organizations'] },
  { prompt: 'Logistics company with warehouses, shipments and carriers', domain: 'logistics', entities: ['warehouses', 'shipments', 'carriers'], fields: { shipments: ['tracking_number', 'status', 'weight_kg'] }, references: ['shipments.warehouse_id → warehouses', 'shipments.carrier_id → carriers'] },
  { prompt: 'Fleet management: drivers, vehicles, routes and deliveries', domain: 'logistics', entities: ['drivers', 'vehicles', 'routes', 'deliveries'], references: ['drivers.vehicle_id → vehicles', 'deliveries.driver_id → drivers'] },
  { prompt: 'Hotel booking platform with hotels, rooms, guests and reservations', domain: 'travel', entities: ['hotels', 'rooms', 'guests', 'reservations'], fields: { rooms: ['room_type', 'nightly_rate'], reservations: ['check_in_date', 'check_out_date'] }, references: ['rooms.hotel_id → hotels', 'reservations.guest_id → guests', 'reservations.room_id → rooms'] },
  { prompt: 'Airline with flights, passengers and tickets', domain: 'travel', entities: ['flights', 'passengers', 'tickets'], fields: { flights: ['flight_number', 'departure_at'], tickets: ['seat_number', 'fare_class'] }, references: ['tickets.flight_id → flights', 'tickets.passenger_id → passengers'] },
  { prompt: 'Real estate agency with properties, agents and listings', domain: 'real-estate', entities: ['properties', 'agents', 'listings'], fields: { properties: ['bedrooms', 'square_feet'], listings: ['list_price'] }, references: ['listings.property_id → properties', 'listings.agent_id → agents'] },
  { prompt: 'Property management: landlords, tenants and leases', domain: 'real-estate', entities: ['landlords', 'tenants', 'leases'], fields: { leases: ['monthly_rent', 'start_date', 'end_date'] }, references: ['leases.tenant_id → tenants'] },
  { prompt: 'Social media app with users, posts, comments and likes', domain: 'social-media', entities: ['users', 'posts', 'comments', 'likes'], fields: { users: ['username'], posts: ['content'] }, references: ['posts.user_id → users', 'comments.post_id → posts', 'likes.user_id → users'] },
  { prompt: 'Social network with users, followers and direct messages', domain: 'social-media', entities: ['users', 'followers', 'direct_messages'], references: ['followers.follower_id → users', 'direct_messages.sender_id → users'] },
  { prompt: 'IoT telemetry with devices, sensors and readings', domain: 'iot', entities: ['devices', 'sensors', 'readings'], fields: { readings: ['recorded_at', 'temperature'] }, references: ['sensors.device_id → devices', 'readings.sensor_id → sensors'] },
  { prompt: 'Smart building monitoring: sites, devices and alerts', domain: 'iot', entities: ['sites', 'devices', 'alerts'], fields: { alerts: ['severity', 'triggered_at'] }, references: ['devices.site_id → sites', 'alerts.device_id → devices'] },
  { prompt: 'Customer support help desk with customers, agents and tickets', domain: 'support', entities: ['customers', 'agents', 'tickets'], fields: { tickets: ['priority', 'status', 'subject'] }, references: ['tickets.customer_id → customers', 'tickets.agent_id → agents'] },
  { prompt: 'Helpdesk tickets with ticket replies and satisfaction surveys', domain: 'support', entities: ['tickets', 'ticket_replies', 'satisfaction_surveys'], references: ['ticket_replies.ticket_id → tickets', 'satisfaction_surveys.ticket_id → tickets'] },
  { prompt: 'Video streaming service with subscribers, movies and watch history', domain: 'media', entities: ['subscribers', 'movies', 'watch_history'], fields: { movies: ['title', 'genre'] }, references: ['watch_history.subscriber_id → subscribers', 'watch_history.movie_id → movies'] },
  { prompt: 'Music streaming: artists, albums, tracks and playlists', domain: 'media', entities: ['artists', 'albums', 'tracks', 'playlists'], references: ['albums.artist_id → artists', 'tracks.album_id → albums'] },
  { prompt: 'TV platform with series and episodes', domain: 'media', entities: ['series', 'episodes'], references: ['episodes.series_id → series'] },
  { prompt: 'CRM with companies, contacts and deals', domain: 'crm', entities: ['companies', 'contacts', 'deals'], references: ['contacts.company_id → companies', 'deals.contact_id → contacts'] },
  { prompt: 'Project management tool with projects and tasks', domain: 'project-management', entities: ['projects', 'tasks'], references: ['tasks.project_id → projects'] },
  { prompt: 'Library with books, authors, members and loans', domain: 'library', entities: ['books', 'authors', 'members', 'loans'], references: ['books.author_id → authors', 'loans.book_id → books', 'loans.member_id → members'] },
  { prompt: 'Restaurant ordering with restaurants, menu items and orders', domain: 'restaurant', entities: ['restaurants', 'menu_items', 'orders'], references: ['menu_items.restaurant_id → restaurants'] },
  { prompt: 'Gym with members, trainers and classes', domain: 'insurance', entities: ['members', 'trainers', 'classes'], fields: { trainers: ['first_name', 'email'] } },
];

const planner = new BuiltinPlanner();

describe('builtin planner across domains', () => {
  it.each(CASES)('plans "$prompt"', ({ prompt, domain, entities, fields = {}, references = [] }) => {
    const plan = planner.createPlan({ prompt, seed: 7 });
    expect(plan.domain).toBe(domain);
    expect(plan.datasets.map((dataset) => dataset.name).sort()).toEqual([...entities].sort());
    for (const [dataset, columns] of Object.entries(fields)) {
      const names = plan.datasets.find((candidate) => candidate.name === dataset)?.fields.map((field) => field.name);
      expect(names, dataset).toEqual(expect.arrayContaining([...columns]));
    }
    for (const reference of references) {
      const [, child, column, parent] = /^(\w+)\.(\w+) → (\w+)$/.exec(reference) ?? [];
      const field = plan.datasets.find((candidate) => candidate.name === child)?.fields.find((candidate) => candidate.name === column);
      expect(field?.foreignKey?.dataset, reference).toBe(parent);
    }
  });

  it('covers at least 30 prompts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });
});
