import { AGRICULTURE } from '../domains/agriculture.js';
import { AIRLINE } from '../domains/airline.js';
import { AUTOMOTIVE } from '../domains/automotive.js';
import { CONTENT_PUBLISHING } from '../domains/content-publishing.js';
import { COWORKING } from '../domains/coworking.js';
import { CRM } from '../domains/crm.js';
import { CYBERSECURITY } from '../domains/cybersecurity.js';
import { ECOMMERCE } from '../domains/e-commerce.js';
import { EDUCATION } from '../domains/education.js';
import { ENERGY } from '../domains/energy.js';
import { EVENTS } from '../domains/events.js';
import { FINANCE } from '../domains/finance.js';
import { FITNESS } from '../domains/fitness.js';
import { GAMING } from '../domains/gaming.js';
import { GENERAL } from '../domains/general.js';
import { HEALTHCARE } from '../domains/healthcare.js';
import { HUMAN_RESOURCES } from '../domains/human-resources.js';
import { INSURANCE } from '../domains/insurance.js';
import { IOT_TELEMETRY } from '../domains/iot-telemetry.js';
import { LIBRARY } from '../domains/library.js';
import { LOGISTICS } from '../domains/logistics.js';
import { MANUFACTURING } from '../domains/manufacturing.js';
import { MEDIA_STREAMING } from '../domains/media-streaming.js';
import { MOBILITY } from '../domains/mobility.js';
import { NONPROFIT } from '../domains/nonprofit.js';
import { PROJECT_MANAGEMENT } from '../domains/project-management.js';
import { REAL_ESTATE } from '../domains/real-estate.js';
import { RESTAURANT } from '../domains/restaurant.js';
import { SAAS_BILLING } from '../domains/saas-billing.js';
import { SALON } from '../domains/salon.js';
import { SOCIAL_MEDIA } from '../domains/social-media.js';
import { SPORTS } from '../domains/sports.js';
import { SUPPORT_DESK } from '../domains/support-desk.js';
import { TELECOM } from '../domains/telecom.js';
import { TRAVEL } from '../domains/travel.js';
import { WEB_ANALYTICS } from '../domains/web-analytics.js';
import type { Domain } from './domain.js';
import type { EntityKind } from './entity-kind.js';

// Earlier domains win ties, and lend their kinds to prompts of domains that lack them.
// GENERAL comes last: it is the fallback, never a better guess.
export const DOMAINS: readonly Domain[] = [
  ECOMMERCE,
  HEALTHCARE,
  FINANCE,
  INSURANCE,
  HUMAN_RESOURCES,
  EDUCATION,
  SAAS_BILLING,
  LOGISTICS,
  TRAVEL,
  AIRLINE,
  REAL_ESTATE,
  SOCIAL_MEDIA,
  IOT_TELEMETRY,
  SUPPORT_DESK,
  MEDIA_STREAMING,
  CRM,
  PROJECT_MANAGEMENT,
  RESTAURANT,
  LIBRARY,
  WEB_ANALYTICS,
  EVENTS,
  FITNESS,
  MANUFACTURING,
  AGRICULTURE,
  MOBILITY,
  TELECOM,
  AUTOMOTIVE,
  CONTENT_PUBLISHING,
  COWORKING,
  CYBERSECURITY,
  ENERGY,
  GAMING,
  NONPROFIT,
  SALON,
  SPORTS,
  GENERAL,
];

export const GENERAL_DOMAIN: Domain = GENERAL;

// The kind a domain means by a kind name, falling back to the first domain that knows it:
// "accounts" are bank accounts in finance and customer organisations in SaaS.
export function kindNamed(name: string, domain: Domain): EntityKind | undefined {
  return domain.kinds.find((kind) => kind.name === name) ?? kindsNamed(name)[0];
}

function kindsNamed(name: string): EntityKind[] {
  return DOMAINS.flatMap((domain) => domain.kinds.filter((kind) => kind.name === name));
}
