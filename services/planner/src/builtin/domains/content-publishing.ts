import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// News sites, blogs and magazines: what is written, who writes it, and who reads it.
export const CONTENT_PUBLISHING: Domain = {
  name: 'content-publishing',
  keywords: ['news', 'news site', 'news website', 'newsroom', 'newspaper', 'blog', 'blogging', 'cms', 'content management', 'magazine', 'wordpress', 'editorial'],
  defaults: ['articles', 'authors', 'categories', 'comments', 'readers'],
  scenarios: [
    { name: 'blog', keywords: ['blog', 'blogging', 'cms', 'content management', 'wordpress'], core: ['articles', 'authors', 'comments', 'categories', 'tags'] },
  ],
  kinds: [
    {
      name: 'authors',
      aliases: ['journalists', 'writers', 'editors', 'contributors', 'bloggers', 'reporters'],
      description: 'A person who writes articles',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'role', 'bio', 'joined_date', 'is_active'],
      enums: { role: weighted('staff_writer=45|editor=15|freelancer=25|guest=15') },
    },
    {
      name: 'categories',
      aliases: ['sections', 'topics', 'news sections'],
      description: 'A section articles are filed under',
      fields: ['name', 'slug', 'description', 'display_order', 'is_featured', 'created_at'],
      enums: { name: weighted('World|Politics|Business|Technology|Science|Health|Sports|Culture|Opinion|Travel') },
      ranges: { display_order: [1, 20] },
    },
    {
      name: 'articles',
      aliases: ['news articles', 'stories', 'blog posts', 'posts'],
      description: 'An article published on the site',
      references: ['authors', 'categories'],
      fields: ['title', 'slug', 'summary', 'word_count', 'status', 'published_at', 'view_count', 'is_premium'],
      enums: { status: weighted('published=80|draft=12|scheduled=5|archived=3') },
      ranges: { word_count: [150, 4000], view_count: [0, 250000] },
    },
    {
      name: 'tags',
      aliases: ['article tags'],
      description: 'A tag attached to an article',
      references: ['articles'],
      fields: ['name', 'slug', 'tagged_at', 'tagged_by', 'is_primary', 'relevance'],
      enums: {
        name: weighted('elections|climate|ai|markets|football|health|startups|space|education|travel'),
        tagged_by: weighted('author=60|editor=30|automatic=10'),
      },
      ranges: { relevance: [0, 1] },
    },
    {
      name: 'readers',
      aliases: ['news readers'],
      description: 'A registered reader of the site',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'country', 'signup_date', 'subscription_tier', 'newsletter_opt_in'],
      enums: { subscription_tier: weighted('free=70|digital=22|premium=8') },
    },
    {
      name: 'comments',
      aliases: ['reader comments', 'article comments'],
      description: "A reader's comment under an article",
      references: ['articles', 'readers'],
      fields: ['body', 'posted_at', 'upvotes', 'is_reply', 'moderation_status', 'edited'],
      enums: { moderation_status: weighted('approved=85|pending=8|rejected=5|flagged=2') },
      ranges: { upvotes: [0, 500] },
    },
  ],
};
