import type { FieldRule } from './field-spec.js';
import { bell, rule, using } from './recipes.js';

const COMPANY_WORDS = new Set([
  'company', 'business', 'employer', 'organization', 'organisation', 'hotel', 'restaurant', 'school',
  'hospital', 'bank', 'carrier', 'agency', 'brand', 'vendor', 'supplier', 'store', 'shop', 'merchant',
  'airline', 'insurer', 'clinic', 'publisher', 'label', 'manufacturer', 'account', 'firm', 'provider',
]);
const PERSON_WORDS = new Set([
  'customer', 'patient', 'user', 'contact', 'employee', 'student', 'director', 'manager', 'owner',
  'recipient', 'sender', 'driver', 'technician', 'agent', 'doctor', 'author', 'artist', 'guest',
  'passenger', 'tenant', 'member', 'teacher', 'instructor', 'reviewer', 'assignee', 'physician',
  'nurse', 'buyer', 'seller', 'landlord', 'holder', 'cardholder', 'player', 'coach', 'host',
  'speaker', 'attendee', 'candidate', 'applicant', 'parent', 'guardian', 'pilot', 'rep', 'broker',
  'full', 'display', 'legal', 'emergency_contact', 'account_holder', 'beneficiary', 'client', 'person',
  'subscriber', 'trainer', 'professor', 'tutor', 'lead', 'representative', 'requester', 'referrer', 'investigator',
]);

// Person rules run first: "birth_date" is a birth date before it is a date, "contact_name"
// a person's name before it is some name.
export const PERSON_FIELDS: readonly FieldRule[] = [
  rule(['first_name', 'firstname', 'given_name', 'middle_name'], using('person.first_name')),
  rule(['last_name', 'lastname', 'surname', 'family_name'], using('person.last_name')),
  rule(['name'], (context) => using(context.kind?.naming ?? (context.person ? 'person.full_name' : 'text.title'))),
  rule(['*_name'], (_, name) => using(nameGenerator(name.slice(0, -'_name'.length)))),
  rule(['email', 'email_address', 'e_mail', '*_email'], using('person.email')),
  rule(['phone', 'phone_number', 'mobile', 'mobile_number', 'telephone', 'cell', '*_phone', '*_phone_number', 'msisdn', 'destination_number', 'dialed_number', 'caller_number'], using('person.phone')),
  rule(['username', 'user_name', 'handle', 'login', 'screen_name', 'nickname'], using('person.username')),
  rule(['date_of_birth', 'dob', 'birth_date', 'birthdate', 'birthday'], using('person.birth_date')),
  rule(['gender', 'sex'], using('person.gender')),
  rule(['job_title', 'position_title', 'occupation', 'job'], using('person.job_title')),
  rule(['title'], (context) => using(context.person ? 'person.job_title' : 'text.title')),
  rule(['age'], bell(18, 90, 42, 15)),
  rule(['bio', 'about', 'biography'], using('text.sentence', { nullRate: 0.2 })),
  rule(['manager', 'owner', 'recipient', 'author', 'contact', 'assignee', 'reviewer', 'technician', 'director'], using('person.full_name')),
];

function nameGenerator(stem: string): 'company.name' | 'commerce.product_name' | 'commerce.category' | 'company.department' | 'address.city' | 'address.country' | 'person.full_name' | 'text.title' {
  if (stem === 'product' || stem === 'item') return 'commerce.product_name';
  if (stem === 'category') return 'commerce.category';
  if (stem === 'department') return 'company.department';
  if (stem === 'city') return 'address.city';
  if (stem === 'country') return 'address.country';
  if (COMPANY_WORDS.has(stem)) return 'company.name';
  if (PERSON_WORDS.has(stem)) return 'person.full_name';
  return 'text.title';
}
