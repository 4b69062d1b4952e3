import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const LOGISTICS: Domain = {
  name: 'logistics',
  keywords: ['logistics', 'shipping', 'supply chain', 'freight', 'fleet', 'courier', 'last mile', 'transport', 'transportation', 'trucking', 'warehousing', 'fulfillment'],
  defaults: ['shipments', 'warehouses', 'carriers', 'vehicles', 'deliveries'],
  scenarios: [
    { name: 'supply chain', keywords: ['supply chain', 'procurement', 'sourcing', 'supply network'], core: ['suppliers', 'purchase_orders', 'shipments', 'warehouses', 'inventory'] },
  ],
  kinds: [
    {
      name: 'shipments',
      aliases: ['consignments', 'freight orders', 'loads'],
      description: 'A shipment from a warehouse to a destination',
      references: ['customers', 'orders', 'warehouses', 'carriers', 'routes'],
      fields: ['tracking_number', 'origin_city', 'destination_city', 'weight_kg', 'shipping_cost', 'status', 'shipped_at', 'delivered_at'],
      enums: { status: weighted('label_created=8|in_transit=30|out_for_delivery=10|delivered=45|delayed=5|returned=2') },
    },
    {
      name: 'warehouses',
      setting: true,
      aliases: ['depots', 'distribution centers', 'distribution centres', 'fulfillment centers', 'hubs'],
      description: 'A warehouse',
      naming: 'address.city',
      fields: ['name', 'city', 'state', 'country', 'capacity', 'manager_name'],
      ranges: { capacity: [1000, 100000] },
    },
    {
      name: 'carriers',
      aliases: ['couriers', 'shipping carriers', 'transport companies'],
      description: 'A carrier that moves shipments',
      naming: 'company.name',
      fields: ['name', 'carrier_type', 'service_level', 'phone', 'email', 'rating'],
      enums: { service_level: weighted('standard=50|express=30|overnight=15|freight=5') },
    },
    {
      name: 'vehicles',
      aliases: ['trucks', 'vans', 'fleet vehicles'],
      description: 'A vehicle of the fleet',
      references: ['warehouses'],
      fields: ['license_plate', 'vehicle_type', 'make', 'model_year', 'capacity_kg', 'status'],
      enums: {
        vehicle_type: weighted('van=45|box_truck=30|semi_truck=20|cargo_bike=5'),
        make: weighted('Ford|Mercedes-Benz|Volvo|Isuzu|Freightliner|Renault|Iveco'),
        status: weighted('active=80|maintenance=12|retired=8'),
      },
      ranges: { capacity_kg: [500, 25000] },
    },
    {
      name: 'drivers',
      description: 'A driver',
      person: true,
      references: ['vehicles', 'carriers'],
      fields: ['first_name', 'last_name', 'phone', 'license_number', 'hire_date', 'rating', 'is_active'],
    },
    {
      name: 'routes',
      aliases: ['delivery routes', 'lanes'],
      description: 'A route between two cities',
      references: [{ kind: 'warehouses', column: 'origin_warehouse_id' }],
      fields: ['origin_city', 'destination_city', 'distance_km', 'estimated_hours'],
    },
    {
      name: 'deliveries',
      aliases: ['delivery stops', 'drops'],
      description: 'A delivery attempt of a shipment',
      references: ['shipments', 'drivers', 'vehicles'],
      fields: ['scheduled_date', 'delivered_at', 'recipient_name', 'status', 'attempt_number'],
      enums: { status: weighted('delivered=80|failed_attempt=10|rescheduled=7|returned=3') },
      ranges: { attempt_number: [1, 3] },
    },
    {
      name: 'shipping_labels',
      aliases: ['shipment labels', 'postage labels', 'waybills'],
      description: 'A label printed for a shipment',
      references: ['shipments', 'carriers'],
      fields: ['tracking_number', 'service_level', 'weight_kg', 'postage_cost', 'created_at', 'status'],
      enums: {
        service_level: weighted('standard=50|express=30|overnight=15|freight=5'),
        status: weighted('created=15|printed=25|scanned=55|voided=5'),
      },
      ranges: { postage_cost: [3, 120] },
    },
    {
      name: 'packages',
      aliases: ['parcels', 'boxes'],
      description: 'A package in a shipment',
      references: ['shipments'],
      fields: ['weight_kg', 'length_cm', 'width_cm', 'height_cm', 'declared_value', 'is_fragile'],
    },
  ],
};
