import type { FieldRule } from './field-spec.js';
import { rule, using } from './recipes.js';

export const PLACE_FIELDS: readonly FieldRule[] = [
  rule(['address', 'street', 'street_address', 'address_line1', 'address_line_1', 'address1', 'billing_address', 'shipping_address', 'home_address'], using('address.street')),
  rule(['address_line2', 'address_line_2', 'address2'], using('address.street', { nullRate: 0.7 })),
  rule(['city', 'town', 'location', '*_city', 'hometown'], using('address.city')),
  rule(['state', 'province', 'county', '*_state'], using('address.state')),
  rule(['zip', 'zip_code', 'zipcode', 'postal_code', 'postcode', '*_zip', '*_postal_code'], using('address.zip')),
  rule(['country', 'country_code', 'nationality', '*_country', 'citizenship'], using('address.country')),
  rule(['latitude', 'lat', '*_latitude', '*_lat'], using('address.latitude', { scale: 6 })),
  rule(['longitude', 'lng', 'lon', 'long', '*_longitude', '*_lng', '*_lon'], using('address.longitude', { scale: 6 })),
  rule(['ip', 'ip_address', 'ipv4', '*_ip', '*_ip_address'], using('internet.ipv4')),
];
