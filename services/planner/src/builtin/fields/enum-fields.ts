import type { FieldRule } from './field-spec.js';
import { oneOf, rule } from './recipes.js';

// Vocabularies for columns whose values come from a short list, whatever the entity.
// A kind's own list (orders.status) wins over these.
export const ENUM_FIELDS: readonly FieldRule[] = [
  rule(['payment_method', 'payment_type', 'pay_method'], oneOf('credit_card=45|debit_card=25|paypal=15|bank_transfer=8|apple_pay=5|gift_card=2')),
  rule(['priority'], oneOf('low=30|medium=40|high=22|urgent=8')),
  rule(['severity'], oneOf('low=40|medium=35|high=18|critical=7')),
  rule(['blood_type'], oneOf('O+=38|A+=34|B+=9|AB+=3|O-=7|A-=6|B-=2|AB-=1')),
  rule(['insurance_provider', 'insurer'], oneOf('Aetna|Blue Cross Blue Shield|Cigna|UnitedHealthcare|Humana|Kaiser Permanente|Medicare|Medicaid')),
  rule(['specialty', 'specialization'], oneOf('Family Medicine=25|Internal Medicine=20|Pediatrics=12|Cardiology=8|Dermatology=6|Orthopedics=8|Neurology=5|Psychiatry=6|Oncology=4|Radiology=6')),
  rule(['medication', 'medication_name', 'drug', 'drug_name'], oneOf('Amoxicillin|Lisinopril|Metformin|Atorvastatin|Omeprazole|Amlodipine|Ibuprofen|Levothyroxine|Albuterol|Sertraline')),
  rule(['dosage', 'dose'], oneOf('5 mg|10 mg|20 mg|25 mg|50 mg|100 mg|250 mg|500 mg')),
  rule(['frequency', 'dosing_frequency'], oneOf('once daily=45|twice daily=30|three times daily=12|every 8 hours=5|as needed=8')),
  rule(['dosage_form'], oneOf('tablet=55|capsule=25|liquid=8|injection=7|inhaler=5')),
  rule(['icd10_code', 'icd_code', 'diagnosis_code'], oneOf('E11.9|I10|J45.909|M54.5|F32.9|J06.9|K21.9|E78.5|N39.0|R51')),
  rule(['ward', 'unit_name'], oneOf('Emergency|ICU|Cardiology|Maternity|Pediatrics|Oncology|Surgery|General Medicine')),
  rule(['shift'], oneOf('day=50|evening=30|night=20')),
  rule(['language', 'preferred_language'], oneOf('English=60|Spanish=15|French=7|German=6|Japanese=5|Korean=4|Portuguese=3')),
  rule(['genre', 'primary_genre'], oneOf('Drama|Comedy|Action|Thriller|Documentary|Horror|Romance|Sci-Fi|Animation|Pop|Rock|Hip-Hop|Jazz')),
  rule(['term', 'semester', 'academic_term'], oneOf('Fall 2023|Spring 2024|Summer 2024|Fall 2024')),
  rule(['letter_grade', 'grade'], oneOf('A=22|B=33|C=25|D=10|F=5|I=5')),
  rule(['subject', 'subject_area'], (context) =>
    context.kind?.name === 'teachers' ? oneOf('Mathematics|English|Biology|Chemistry|Physics|History|Computer Science|Art') : { generator: 'text.title' },
  ),
  rule(['timezone', 'time_zone'], oneOf('America/New_York|America/Chicago|America/Los_Angeles|Europe/London|Europe/Berlin|Asia/Tokyo|Australia/Sydney')),
  rule(['region', 'sales_region', 'territory'], oneOf('North|South|East|West|Central')),
  rule(['channel', 'sales_channel', 'acquisition_channel'], oneOf('web=45|mobile_app=30|in_store=15|phone=10')),
  rule(['source', 'lead_source', 'referral_source', 'utm_source'], oneOf('organic_search=30|paid_search=20|social=20|referral=15|email=10|direct=5')),
  rule(['plan', 'plan_name', 'subscription_plan', 'subscription_tier'], oneOf('free=40|basic=30|pro=22|enterprise=8')),
  rule(['tier', 'loyalty_tier', 'membership_tier', 'membership_level', 'customer_tier'], oneOf('bronze=50|silver=30|gold=15|platinum=5')),
  rule(['role', 'user_role'], oneOf('admin=10|editor=25|member=50|viewer=15')),
  rule(['segment', 'customer_segment'], oneOf('consumer=55|small_business=30|enterprise=15')),
  rule(['device_type', 'device', 'platform'], oneOf('mobile=50|desktop=35|tablet=10|smart_tv=5')),
  rule(['browser'], oneOf('Chrome=62|Safari=20|Edge=7|Firefox=6|Samsung Internet=5')),
  rule(['os', 'operating_system'], oneOf('Android=40|iOS=30|Windows=20|macOS=8|Linux=2')),
  rule(['color', 'colour'], oneOf('black|white|red|blue|green|grey|silver|navy|beige')),
  rule(['size', 'clothing_size'], oneOf('XS=8|S=20|M=32|L=25|XL=12|XXL=3')),
  rule(['day_of_week', 'weekday'], oneOf('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday')),
  rule(['marital_status'], oneOf('single=35|married=48|divorced=12|widowed=5')),
  rule(['employment_status'], oneOf('employed=70|self_employed=12|unemployed=6|student=7|retired=5')),
  rule(['cuisine'], oneOf('Italian|Mexican|Japanese|Indian|American|Thai|French|Chinese|Mediterranean')),
  rule(['unit', 'unit_of_measure', 'uom'], oneOf('each|kg|g|l|ml|box|pack')),
  rule(['make', 'manufacturer_brand'], oneOf('Toyota|Ford|Honda|Chevrolet|Volkswagen|BMW|Mercedes-Benz|Hyundai|Nissan|Tesla')),
];

// Names that say "one of a few values" without saying which: a status, a type, a method.
export const GENERIC_ENUM_FIELDS: readonly FieldRule[] = [
  rule(['status', '*_status'], oneOf('active=70|inactive=20|pending=10')),
  rule(['*_type', 'type', 'kind', '*_kind', 'variant'], oneOf('standard=60|premium=30|basic=10')),
  rule(['*_method', 'method'], oneOf('online=55|in_person=30|phone=15')),
  rule(['*_level', 'level'], oneOf('low=35|medium=45|high=20')),
  rule(['*_category', 'category_code'], oneOf('A=40|B=35|C=25')),
  rule(['outcome', 'result_status', 'disposition'], oneOf('success=70|partial=15|failure=15')),
];
