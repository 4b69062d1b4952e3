import type { GeneratorName } from '../../../../libs/catalogue/src/generator-catalogue.js';
import { cityField, coordinateField, countryField, stateField, streetField, zipField } from './address-fields.js';
import { booleanField } from './boolean-field.js';
import { categoryField, productNameField, skuField } from './commerce-fields.js';
import { companyNameField, departmentField, industryField } from './company-fields.js';
import { BIRTH_DATE_RANGE, dateField } from './date-fields.js';
import { aggregateField } from './aggregate-field.js';
import { enumField } from './enum-field.js';
import type { FieldContext, FieldValue } from './field-context.js';
import { accountNumberField, creditCardField, currencyCodeField, ibanField } from './finance-fields.js';
import { formulaField } from './formula-field.js';
import { codeField, sequenceField, uuidField } from './id-fields.js';
import { domainField, ipv4Field, urlField, userAgentField } from './internet-fields.js';
import { numberField, priceField } from './number-fields.js';
import {
  emailField,
  firstNameField,
  fullNameField,
  genderField,
  jobTitleField,
  lastNameField,
  phoneField,
  usernameField,
} from './person-fields.js';
import { referenceField } from './reference-field.js';
import { paragraphField, sentenceField, titleField, wordField } from './text-fields.js';

type FieldFactory = (context: FieldContext) => FieldValue;

// Typed by the catalogue, so a catalogue entry without an implementation does not compile.
const FIELD_FACTORIES: { readonly [name in GeneratorName]: FieldFactory } = {
  'id.sequence': sequenceField,
  'id.uuid': uuidField,
  'id.code': codeField,
  'person.first_name': firstNameField,
  'person.last_name': lastNameField,
  'person.full_name': fullNameField,
  'person.email': emailField,
  'person.phone': phoneField,
  'person.username': usernameField,
  'person.birth_date': (context) => dateField(context, 'date', BIRTH_DATE_RANGE),
  'person.gender': genderField,
  'person.job_title': jobTitleField,
  'address.street': streetField,
  'address.city': cityField,
  'address.state': stateField,
  'address.zip': zipField,
  'address.country': countryField,
  'address.latitude': (context) => coordinateField(context, 'latitude'),
  'address.longitude': (context) => coordinateField(context, 'longitude'),
  'company.name': companyNameField,
  'company.department': departmentField,
  'company.industry': industryField,
  'commerce.product_name': productNameField,
  'commerce.category': categoryField,
  'commerce.price': priceField,
  'commerce.sku': skuField,
  'finance.currency_code': currencyCodeField,
  'finance.account_number': accountNumberField,
  'finance.iban': ibanField,
  'finance.credit_card': creditCardField,
  'internet.url': urlField,
  'internet.domain': domainField,
  'internet.ipv4': ipv4Field,
  'internet.user_agent': userAgentField,
  'text.word': wordField,
  'text.title': titleField,
  'text.sentence': sentenceField,
  'text.paragraph': paragraphField,
  'number.integer': (context) => numberField(context, 'integer'),
  'number.float': (context) => numberField(context, 'float'),
  'number.decimal': (context) => numberField(context, 'decimal'),
  boolean: booleanField,
  'date.date': (context) => dateField(context, 'date'),
  'date.timestamp': (context) => dateField(context, 'timestamp'),
  enum: enumField,
  reference: referenceField,
  formula: formulaField,
  aggregate: aggregateField,
};

export function fieldFactory(generator: string): FieldFactory | undefined {
  return Object.hasOwn(FIELD_FACTORIES, generator) ? FIELD_FACTORIES[generator as GeneratorName] : undefined;
}
