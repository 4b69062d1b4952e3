import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const LIBRARY: Domain = {
  name: 'library',
  keywords: ['library', 'libraries', 'bookstore', 'publishing', 'publisher', 'book club'],
  defaults: ['books', 'authors', 'members', 'loans'],
  kinds: [
    {
      name: 'books',
      aliases: ['novels', 'volumes'],
      description: 'A book',
      references: ['authors', 'publishers'],
      fields: ['title', 'isbn', 'genre', 'published_year', 'page_count', 'language', 'price'],
      ranges: { page_count: [80, 1200], price: [5, 60] },
    },
    {
      name: 'authors',
      aliases: ['writers'],
      description: 'An author',
      person: true,
      fields: ['first_name', 'last_name', 'nationality', 'birth_date', 'primary_genre', 'website'],
    },
    {
      name: 'publishers',
      aliases: ['publishing houses'],
      description: 'A publisher',
      naming: 'company.name',
      fields: ['name', 'country', 'founded_year'],
    },
    {
      name: 'members',
      aliases: ['patrons', 'borrowers', 'library members', 'readers'],
      description: 'A library member',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'membership_type', 'joined_date'],
      enums: { membership_type: weighted('standard=70|student=20|senior=10') },
    },
    {
      name: 'loans',
      aliases: ['checkouts', 'borrowings', 'book loans', 'lendings'],
      description: 'A book lent to a member',
      references: ['books', 'members'],
      fields: ['loaned_date', 'due_date', 'returned_date', 'status', 'late_fee'],
      enums: { status: weighted('returned=70|on_loan=20|overdue=8|lost=2') },
      ranges: { late_fee: [0, 25] },
    },
  ],
};
