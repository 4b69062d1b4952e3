import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Kinds that belong to no one business, and the fallback when a prompt reveals no domain.
export const GENERAL: Domain = {
  name: '',
  keywords: [],
  defaults: ['records', 'record_events'],
  kinds: [
    {
      name: 'records',
      description: 'A generic record',
      fields: ['name', 'category', 'value', 'status', 'created_at'],
      enums: {
        category: weighted('alpha|beta|gamma|delta'),
        status: weighted('active=70|inactive=20|archived=10'),
      },
      ranges: { value: [0, 1000] },
    },
    {
      name: 'record_events',
      description: 'Something that happened to a record',
      references: ['records'],
      fields: ['event_type', 'occurred_at', 'description'],
      enums: { event_type: weighted('created=40|updated=45|deleted=15') },
    },
    {
      name: 'users',
      aliases: ['accounts', 'members'],
      description: 'A user',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'username', 'created_at', 'is_active'],
    },
    {
      name: 'people',
      singular: 'person',
      aliases: ['persons', 'individuals', 'contacts'],
      description: 'A person',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'date_of_birth', 'city', 'country'],
    },
    {
      name: 'companies',
      setting: true,
      aliases: ['businesses', 'organizations', 'organisations'],
      description: 'A company',
      naming: 'company.name',
      fields: ['name', 'industry', 'website', 'city', 'country', 'employee_count', 'founded_year'],
    },
    {
      // "Address" alone is a column ("name, email and address"); the word for what an address
      // is for makes a dataset of them, so only those compounds name the kind.
      name: 'postal_addresses',
      singular: 'postal_address',
      aliases: ['shipping addresses', 'billing addresses', 'delivery addresses', 'mailing addresses', 'home addresses', 'customer addresses'],
      description: 'A postal address of a customer',
      references: ['customers'],
      fields: ['street', 'city', 'state', 'postal_code', 'country', 'is_default'],
    },
    {
      name: 'events',
      aliases: ['activities', 'logs', 'log entries', 'audit logs'],
      description: 'Something that happened',
      references: ['users'],
      fields: ['event_type', 'occurred_at', 'source', 'ip_address', 'description'],
      enums: { event_type: weighted('login=30|logout=20|create=20|update=20|delete=10') },
    },
  ],
};
