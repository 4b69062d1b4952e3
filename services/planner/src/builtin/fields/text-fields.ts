import type { FieldRule } from './field-spec.js';
import { rule, using } from './recipes.js';

export const TEXT_FIELDS: readonly FieldRule[] = [
  rule(['company', 'company_name', 'employer', 'organization', 'organisation', 'agency', 'manufacturer', 'merchant', 'provider', 'brand', 'vendor', 'supplier', 'publisher', 'label', 'airline', 'bank', 'school', 'university', 'insurer_name'], using('company.name')),
  rule(['industry', 'sector', 'vertical'], using('company.industry')),
  rule(['department', 'dept', 'division', 'team'], using('company.department')),
  rule(['product', 'product_name', 'item', 'item_name'], using('commerce.product_name')),
  rule(['category', 'product_category', 'categories'], using('commerce.category')),
  rule(['sku', 'product_sku'], using('commerce.sku', { unique: true })),
  rule(['url', 'website', 'homepage', 'link', 'landing_page', 'referrer', 'page_url', 'image', 'avatar', 'photo', '*_url', '*_link'], using('internet.url')),
  rule(['domain', 'domain_name', 'hostname'], using('internet.domain')),
  rule(['user_agent', 'browser_agent'], using('internet.user_agent')),
  rule(['description', '*_description', 'summary', 'reason', 'goal', 'hypothesis', 'purpose', 'action', 'properties', 'details', 'message', 'error_message'], using('text.sentence')),
  rule(['notes', 'note', 'comment', 'comments', 'feedback', 'remarks', 'special_requests', 'review', 'review_text', 'instructions'], using('text.sentence', { nullRate: 0.25 })),
  rule(['body', 'content', 'text', 'post_text', 'message_body', 'transcript', 'article'], using('text.paragraph')),
  rule(['title', '*_title', 'subject', 'headline', 'caption', 'project', 'project_name', 'course', 'course_name', 'event', 'event_name', 'test_name', 'campaign', 'campaign_name'], using('text.title')),
  rule(['tag', 'hashtag', 'keyword', 'word', 'code_word', 'model', 'version', '*_version', 'symbol', 'ticker', 'metric', 'major'], using('text.word')),
];
