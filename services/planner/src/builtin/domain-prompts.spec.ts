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
  { prompt: 'Retail shop: products, categories, suppliers and inventory levels', domain: 'e-commerce', entities: ['products', 'categories', 'suppliers', 'inventory_levels'], references: ['products.category_id → categories', 'products.supplier_id → suppliers', 'inventory_levels.product_id → products'] },
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
  { prompt: 'Airline with flights, passengers and tickets', domain: 'airline', entities: ['flights', 'passengers', 'tickets'], fields: { flights: ['flight_number', 'departure_at'], tickets: ['seat_number', 'fare_class'] }, references: ['tickets.flight_id → flights', 'tickets.passenger_id → passengers'] },
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
  { prompt: 'Gym with members, trainers and classes', domain: 'fitness', entities: ['members', 'trainers', 'classes'], fields: { trainers: ['first_name', 'email'] }, references: ['classes.trainer_id → trainers'] },
  // A singular setting ("A university with ...") frames the prompt; it is no dataset.
  { prompt: 'A university with students, courses, enrollments and professors', domain: 'education', entities: ['students', 'courses', 'enrollments', 'professors'], references: ['enrollments.student_id → students', 'enrollments.course_id → courses'] },
  { prompt: 'An online store selling products to customers, with orders and reviews', domain: 'e-commerce', entities: ['products', 'customers', 'orders', 'reviews'], references: ['orders.customer_id → customers', 'reviews.product_id → products'] },
  { prompt: 'A hospital where patients have appointments with doctors', domain: 'healthcare', entities: ['patients', 'appointments', 'doctors'], references: ['appointments.patient_id → patients', 'appointments.doctor_id → doctors'] },
  { prompt: 'My bakery has customers, orders and products', domain: 'e-commerce', entities: ['customers', 'orders', 'products'], references: ['orders.customer_id → customers', 'orders.product_id → products'] },
  { prompt: 'A hotel with rooms, guests and bookings', domain: 'travel', entities: ['rooms', 'guests', 'bookings'], fields: { bookings: ['check_in_date', 'nights'] }, references: ['bookings.room_id → rooms', 'bookings.guest_id → guests'] },
  { prompt: 'Flights and passengers for an airline, with airports', domain: 'airline', entities: ['flights', 'passengers', 'airports'], references: ['flights.origin_airport_id → airports'] },
  // The domain picks the kind's variant: airline bookings are seats on flights.
  { prompt: 'Airline bookings with flights, passengers and bookings', domain: 'airline', entities: ['flights', 'passengers', 'bookings'], fields: { bookings: ['seat_class', 'fare', 'booked_at', 'status'] }, references: ['bookings.flight_id → flights', 'bookings.passenger_id → passengers'] },
  // A named inventory links what is stocked to where it is stocked.
  { prompt: 'inventory of products in stores', domain: 'e-commerce', entities: ['products', 'stores', 'inventory'], fields: { inventory: ['quantity_on_hand'] }, references: ['inventory.product_id → products', 'inventory.store_id → stores'] },
  { prompt: 'Warehouse inventory: products, warehouses, stock levels', domain: 'e-commerce', entities: ['products', 'warehouses', 'stock_levels'], references: ['stock_levels.product_id → products', 'stock_levels.warehouse_id → warehouses'] },
  { prompt: 'I need data for an online shop: customers, products, orders and order items', domain: 'e-commerce', entities: ['customers', 'products', 'orders', 'order_items'], references: ['order_items.order_id → orders', 'order_items.product_id → products', 'orders.customer_id → customers'] },
  { prompt: 'Generate users and their orders', domain: 'e-commerce', entities: ['users', 'orders'], references: ['orders.user_id → users'] },
  { prompt: 'Users, Orders, Products.', domain: 'e-commerce', entities: ['users', 'orders', 'products'], references: ['orders.user_id → users', 'orders.product_id → products'] },
  { prompt: 'customer table and order table', domain: 'e-commerce', entities: ['customers', 'orders'], references: ['orders.customer_id → customers'] },
  { prompt: 'customer, order', domain: 'e-commerce', entities: ['customers', 'orders'], references: ['orders.customer_id → customers'] },
  { prompt: '1. customers 2. orders 3. products', domain: 'e-commerce', entities: ['customers', 'orders', 'products'], references: ['orders.customer_id → customers'] },
  { prompt: 'products, each with a category', domain: 'e-commerce', entities: ['products', 'categories'], references: ['products.category_id → categories'] },
  { prompt: 'E-commerce: customers (id, name, email), orders (id, customer_id, total, status)', domain: 'e-commerce', entities: ['customers', 'orders'], fields: { orders: ['total', 'status'] }, references: ['orders.customer_id → customers'] },
  { prompt: '- patients\n- doctors\n- prescriptions', domain: 'healthcare', entities: ['patients', 'doctors', 'prescriptions'], references: ['prescriptions.patient_id → patients', 'prescriptions.doctor_id → doctors'] },
  { prompt: 'Dental clinic patients, dentists and treatments', domain: 'healthcare', entities: ['patients', 'dentists', 'treatments'], fields: { dentists: ['specialty'] }, references: ['treatments.patient_id → patients', 'treatments.dentist_id → dentists'] },
  { prompt: 'Vet clinic with pets, owners and visits', domain: 'healthcare', entities: ['pets', 'owners', 'visits'], references: ['visits.pet_id → pets'] },
  { prompt: 'Bank customers and their accounts and transactions', domain: 'finance', entities: ['customers', 'accounts', 'transactions'], references: ['accounts.customer_id → customers', 'transactions.account_id → accounts'] },
  { prompt: 'Credit card transactions with merchants and cardholders', domain: 'finance', entities: ['transactions', 'merchants', 'cardholders'], references: ['transactions.merchant_id → merchants', 'transactions.cardholder_id → cardholders'] },
  { prompt: 'Stock trading: traders, stocks and trades', domain: 'finance', entities: ['traders', 'stocks', 'trades'], references: ['trades.trader_id → traders', 'trades.stock_id → stocks'] },
  { prompt: 'Insurance: policyholders, policies, claims and adjusters', domain: 'insurance', entities: ['policyholders', 'policies', 'claims', 'adjusters'], references: ['claims.policy_id → policies'] },
  { prompt: 'a list of employees with their departments', domain: 'hr', entities: ['employees', 'departments'], references: ['employees.department_id → departments'] },
  { prompt: 'Employees and their timesheets!', domain: 'hr', entities: ['employees', 'timesheets'], references: ['timesheets.employee_id → employees'] },
  { prompt: 'Employees, departments, and projects, where each employee belongs to a department', domain: 'hr', entities: ['employees', 'departments', 'projects'], references: ['employees.department_id → departments'] },
  { prompt: 'Students and grades', domain: 'education', entities: ['students', 'grades'], references: ['grades.student_id → students'] },
  { prompt: 'School with teachers, classes, students and attendance', domain: 'education', entities: ['teachers', 'classes', 'students', 'attendance'], references: ['classes.teacher_id → teachers', 'attendance.student_id → students', 'attendance.class_id → classes'] },
  { prompt: 'An LMS with courses, lessons, students and quiz attempts', domain: 'education', entities: ['courses', 'lessons', 'students', 'quiz_attempts'], references: ['quiz_attempts.student_id → students'] },
  { prompt: 'Online courses platform with instructors, courses and reviews', domain: 'education', entities: ['instructors', 'courses', 'reviews'], references: ['courses.instructor_id → instructors', 'reviews.course_id → courses'] },
  { prompt: 'CUSTOMERS AND INVOICES FOR A SAAS COMPANY.', domain: 'saas', entities: ['customers', 'invoices'], references: ['invoices.customer_id → customers'] },
  { prompt: 'SaaS company: customers, subscriptions, plans, invoices', domain: 'saas', entities: ['customers', 'subscriptions', 'plans', 'invoices'], references: ['subscriptions.customer_id → customers', 'subscriptions.plan_id → plans', 'invoices.subscription_id → subscriptions'] },
  { prompt: 'Shipments, packages and delivery drivers for a courier company', domain: 'logistics', entities: ['shipments', 'packages', 'drivers'], references: ['packages.shipment_id → shipments'] },
  { prompt: 'Hotel reservations for guests across hotels', domain: 'travel', entities: ['guests', 'hotels', 'reservations'], references: ['reservations.guest_id → guests', 'reservations.hotel_id → hotels'] },
  { prompt: 'Real estate listings with agents, properties and offers', domain: 'real-estate', entities: ['listings', 'agents', 'properties', 'offers'], references: ['listings.property_id → properties', 'offers.listing_id → listings'] },
  { prompt: 'Instagram-like app: users, posts, comments, likes and follows', domain: 'social-media', entities: ['users', 'posts', 'comments', 'likes', 'follows'], references: ['posts.user_id → users', 'likes.post_id → posts', 'follows.follower_id → users'] },
  { prompt: 'IoT sensors sending temperature readings from devices in buildings', domain: 'iot', entities: ['sensors', 'readings', 'devices', 'buildings'], references: ['readings.sensor_id → sensors', 'sensors.device_id → devices', 'devices.building_id → buildings'] },
  { prompt: 'Support tickets with agents, customers and SLA breaches', domain: 'support', entities: ['support_tickets', 'agents', 'customers', 'sla_breaches'], references: ['support_tickets.customer_id → customers', 'support_tickets.agent_id → agents'] },
  { prompt: 'Spotify-style music app with users, songs, artists, playlists and plays', domain: 'media', entities: ['users', 'songs', 'artists', 'playlists', 'plays'], references: ['songs.artist_id → artists', 'playlists.user_id → users', 'plays.song_id → songs', 'plays.user_id → users'] },
  { prompt: 'Generate a dataset of movies with ratings from users', domain: 'media', entities: ['movies', 'ratings', 'users'], references: ['ratings.movie_id → movies', 'ratings.user_id → users'] },
  { prompt: 'Podcast platform with podcasts, episodes and listeners', domain: 'media', entities: ['podcasts', 'episodes', 'listeners'], references: ['episodes.podcast_id → podcasts'] },
  { prompt: 'CRM data: accounts, contacts, opportunities and activities', domain: 'crm', entities: ['accounts', 'contacts', 'opportunities', 'activities'], references: ['contacts.account_id → accounts', 'opportunities.contact_id → contacts', 'activities.opportunity_id → opportunities'] },
  { prompt: 'Restaurant with tables, reservations, menu items and orders', domain: 'restaurant', entities: ['tables', 'reservations', 'menu_items', 'orders'], fields: { tables: ['seats'] }, references: ['reservations.table_id → tables', 'orders.menu_item_id → menu_items'] },
  { prompt: 'Food delivery app: restaurants, customers, orders, couriers', domain: 'restaurant', entities: ['restaurants', 'customers', 'orders', 'couriers'], references: ['orders.customer_id → customers', 'orders.restaurant_id → restaurants'] },
  { prompt: 'Gym with members, trainers, classes and bookings', domain: 'fitness', entities: ['members', 'trainers', 'classes', 'bookings'], references: ['bookings.member_id → members', 'bookings.class_id → classes'] },
  { prompt: 'Public library: books, members, loans and fines', domain: 'library', entities: ['books', 'members', 'loans', 'fines'], references: ['loans.book_id → books', 'loans.member_id → members', 'fines.member_id → members'] },
  { prompt: 'Concert ticketing: events, venues, attendees and tickets', domain: 'events', entities: ['events', 'venues', 'attendees', 'tickets'], fields: { tickets: ['ticket_type', 'price'] }, references: ['events.venue_id → venues', 'tickets.event_id → events', 'tickets.attendee_id → attendees'] },
  { prompt: 'Event management with events, speakers, sessions and registrations', domain: 'events', entities: ['events', 'speakers', 'sessions', 'registrations'], references: ['sessions.event_id → events', 'sessions.speaker_id → speakers', 'registrations.event_id → events'] },
  { prompt: 'Manufacturing plant with machines, production orders and defects', domain: 'manufacturing', entities: ['machines', 'production_orders', 'defects'], references: ['production_orders.machine_id → machines', 'defects.production_order_id → production_orders'] },
  { prompt: 'Farm data: fields, crops, harvests and weather readings', domain: 'agriculture', entities: ['fields', 'crops', 'harvests', 'weather_readings'], references: ['harvests.field_id → fields', 'harvests.crop_id → crops'] },
  { prompt: 'Car rental company with cars, customers and rentals', domain: 'mobility', entities: ['cars', 'customers', 'rentals'], fields: { rentals: ['pickup_at', 'return_at'] }, references: ['rentals.car_id → cars', 'rentals.customer_id → customers'] },
  { prompt: 'Ride sharing app with riders, drivers and trips', domain: 'mobility', entities: ['riders', 'drivers', 'trips'], references: ['trips.rider_id → riders', 'trips.driver_id → drivers'] },
  { prompt: 'Website analytics: visitors, sessions, page views and conversions', domain: 'web-analytics', entities: ['visitors', 'sessions', 'page_views', 'conversions'], references: ['sessions.visitor_id → visitors', 'page_views.session_id → sessions'] },
  // A plural before another entity word makes one compound with it and stays in its name.
  { prompt: 'Help desk with customers, agents, tickets and sales reps', domain: 'support', entities: ['customers', 'agents', 'tickets', 'sales_reps'], references: ['tickets.customer_id → customers', 'tickets.agent_id → agents'] },
  { prompt: 'Distributor with customers, products, sales orders and sales invoices', domain: 'e-commerce', entities: ['customers', 'products', 'sales_orders', 'sales_invoices'], references: ['sales_orders.customer_id → customers', 'sales_orders.product_id → products', 'sales_invoices.customer_id → customers'] },
  { prompt: 'Social app where users like posts', domain: 'social-media', entities: ['users', 'posts'], references: ['posts.user_id → users'] },
  // A table word after an unknown noun names a table of that noun.
  { prompt: 'Help desk with customers, agents, tickets and call logs', domain: 'support', entities: ['customers', 'agents', 'tickets', 'call_logs'], references: ['call_logs.customer_id → customers'] },
  // What an address is for makes "addresses" a dataset of them.
  { prompt: 'Web shop: users, orders and billing addresses', domain: 'e-commerce', entities: ['users', 'orders', 'billing_addresses'], fields: { billing_addresses: ['street', 'city', 'postal_code', 'country'] }, references: ['billing_addresses.user_id → users', 'orders.user_id → users'] },
  // Telecom: subscribers on plans, and what they do on the network.
  { prompt: 'Telecom company with subscribers, plans and call records', domain: 'telecom', entities: ['subscribers', 'plans', 'call_records'], fields: { subscribers: ['phone_number', 'status', 'activation_date'], plans: ['monthly_price', 'data_allowance_gb', 'included_minutes'], call_records: ['started_at', 'duration_seconds', 'call_type', 'destination_number', 'cost'] }, references: ['subscribers.plan_id → plans', 'call_records.subscriber_id → subscribers'] },
  { prompt: 'Mobile carrier with customers, SIM cards, data usage and invoices', domain: 'telecom', entities: ['customers', 'sim_cards', 'data_usage', 'invoices'], fields: { sim_cards: ['iccid', 'status'], data_usage: ['started_at', 'megabytes_used'], invoices: ['period_start', 'period_end', 'amount', 'status'] }, references: ['sim_cards.customer_id → customers', 'data_usage.customer_id → customers', 'invoices.customer_id → customers'] },
  { prompt: 'Telco data: subscribers, tariffs, text messages and cell towers', domain: 'telecom', entities: ['subscribers', 'tariffs', 'text_messages', 'cell_towers'], references: ['subscribers.tariff_id → tariffs', 'text_messages.subscriber_id → subscribers', 'text_messages.cell_tower_id → cell_towers'] },
  // Plans and invoices are telecom words too; subscriptions keep a prompt without keywords in SaaS.
  { prompt: 'customers, plans, subscriptions and invoices', domain: 'saas', entities: ['customers', 'plans', 'subscriptions', 'invoices'], references: ['subscriptions.plan_id → plans', 'invoices.subscription_id → subscriptions'] },
  // Two names of one kind under different modifiers are two datasets.
  { prompt: 'Online store with customers, orders, shipping addresses and billing addresses', domain: 'e-commerce', entities: ['customers', 'orders', 'shipping_addresses', 'billing_addresses'], references: ['shipping_addresses.customer_id → customers', 'billing_addresses.customer_id → customers', 'orders.customer_id → customers'] },
  // A collective noun names the people of a team, not what the modifier says.
  { prompt: 'CRM with a sales team, accounts and deals', domain: 'crm', entities: ['sales_reps', 'accounts', 'deals'], fields: { sales_reps: ['first_name', 'email', 'region'] }, references: ['deals.account_id → accounts'] },
  // An event links to its actor and the one thing it is about.
  { prompt: 'Gym with members, trainers, classes and check-ins', domain: 'fitness', entities: ['members', 'trainers', 'classes', 'check_ins'], references: ['check_ins.member_id → members', 'check_ins.class_id → classes'] },
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

  it('covers at least 60 prompts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });
});
