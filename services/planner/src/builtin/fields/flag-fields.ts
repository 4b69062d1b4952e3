import type { FieldRule } from './field-spec.js';
import { flag, rule } from './recipes.js';

// Probabilities of true that look like real data: most accounts are active, few are fraud.
export const FLAG_FIELDS: readonly FieldRule[] = [
  rule(['is_active', 'active', 'enabled', 'is_enabled', 'is_approved', 'is_verified_purchase'], flag(0.85)),
  rule(['is_fraud', 'is_fraudulent', 'fraud', 'is_deleted', 'deleted', 'is_spam'], flag(0.02)),
  rule(['is_verified', 'verified', 'email_verified', 'is_pre_approved', 'pre_approved', 'is_completed', 'goals_met'], flag(0.6)),
  rule(['is_late', 'is_abnormal', 'is_fragile', 'is_explicit', 'is_internal', 'is_private', 'is_archived', 'archived'], flag(0.15)),
  rule(['is_read', 'is_public', 'is_billable', 'is_acknowledged', 'paid', 'is_paid', 'opt_in', 'subscribed', 'is_subscribed'], flag(0.7)),
  rule(['is_*', 'has_*', 'can_*', '*_flag', 'was_*', 'allow_*', 'include_*', '*_enabled'], flag(0.5)),
];
