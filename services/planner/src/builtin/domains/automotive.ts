import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// Selling and servicing cars: the vehicle is stock on a lot or a customer's car in the bay.
export const AUTOMOTIVE: Domain = {
  name: 'automotive',
  keywords: ['car dealership', 'dealership', 'car dealer', 'auto dealer', 'used cars', 'auto repair', 'car repair', 'repair shop', 'body shop', 'car service', 'mechanic', 'auto shop'],
  defaults: ['vehicles', 'customers', 'vehicle_sales', 'salespeople', 'test_drives'],
  scenarios: [
    { name: 'auto repair', keywords: ['auto repair', 'car repair', 'repair shop', 'body shop', 'car service', 'mechanic', 'auto service', 'auto shop'], core: ['customers', 'vehicles', 'repair_orders', 'mechanics'] },
  ],
  kinds: [
    {
      name: 'vehicles',
      aliases: ['cars', 'autos', 'used cars', 'new cars'],
      description: 'A car on the lot or brought in for service',
      // A customer owns the car being repaired; the car on a lot is owned once sold.
      references: [{ kind: 'customers', column: 'owner_id', unless: 'vehicle_sales' }],
      fields: ['vin', 'make', 'model', 'model_year', 'color', 'mileage', 'fuel_type', 'list_price'],
      enums: {
        make: weighted('Toyota=16|Ford=14|Chevrolet=12|Honda=11|Nissan=8|Hyundai=8|Kia=7|Volkswagen=7|BMW=6|Mercedes-Benz=6|Tesla=5'),
        fuel_type: weighted('gasoline=62|hybrid=15|diesel=8|electric=15'),
      },
      ranges: { model_year: [2008, 2025], mileage: [0, 180000], list_price: [6000, 85000] },
    },
    {
      name: 'salespeople',
      singular: 'salesperson',
      aliases: ['sales staff', 'car salesmen'],
      description: 'A salesperson at the dealership',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'hire_date', 'commission_rate', 'monthly_target'],
      ranges: { commission_rate: [0.01, 0.05], monthly_target: [8, 25] },
    },
    {
      name: 'vehicle_sales',
      singular: 'vehicle_sale',
      aliases: ['car sales', 'vehicle purchases'],
      description: 'The sale of a vehicle to a customer',
      references: ['vehicles', 'customers', 'salespeople'],
      fields: ['sold_on', 'sale_price', 'trade_in_value', 'financing_type', 'down_payment', 'warranty_purchased', 'status'],
      enums: {
        financing_type: weighted('dealer_financing=45|bank_loan=25|cash=20|lease=10'),
        status: weighted('delivered=85|pending_delivery=10|cancelled=5'),
      },
      ranges: { sale_price: [5000, 90000], trade_in_value: [0, 30000], down_payment: [0, 20000] },
    },
    {
      name: 'test_drives',
      singular: 'test_drive',
      description: 'A test drive a customer takes',
      references: ['vehicles', 'customers', 'salespeople'],
      fields: ['scheduled_at', 'duration_minutes', 'route', 'customer_rating', 'led_to_purchase', 'status'],
      enums: {
        route: weighted('city=45|highway=35|mixed=20'),
        status: weighted('completed=75|scheduled=12|cancelled=8|no_show=5'),
      },
      ranges: { duration_minutes: [10, 60], customer_rating: [1, 5] },
    },
    {
      name: 'mechanics',
      aliases: ['technicians', 'service technicians'],
      description: 'A mechanic in the workshop',
      person: true,
      fields: ['first_name', 'last_name', 'phone', 'specialty', 'certification_level', 'hourly_rate', 'hire_date'],
      enums: {
        specialty: weighted('general=40|engine=15|transmission=10|electrical=15|brakes=10|bodywork=10'),
        certification_level: weighted('apprentice=20|certified=55|master=25'),
      },
      ranges: { hourly_rate: [25, 75] },
    },
    {
      name: 'repair_orders',
      singular: 'repair_order',
      aliases: ['work orders', 'service orders', 'repairs', 'service jobs'],
      description: 'A job opened for a vehicle in the workshop',
      references: ['vehicles', 'customers', 'mechanics'],
      fields: ['opened_at', 'closed_at', 'service_type', 'complaint', 'odometer', 'labor_hours', 'parts_cost', 'labor_cost', 'total_amount', 'status'],
      enums: {
        service_type: weighted('oil_change=25|brakes=15|tires=15|diagnostics=15|engine=8|transmission=5|inspection=12|bodywork=5'),
        status: weighted('open=10|in_progress=15|waiting_for_parts=8|completed=62|cancelled=5'),
      },
      ranges: { odometer: [5000, 220000], labor_hours: [0.5, 12], parts_cost: [0, 2500], labor_cost: [40, 1500] },
    },
    {
      name: 'parts',
      aliases: ['spare parts', 'auto parts', 'car parts'],
      description: 'A spare part kept in stock',
      fields: ['part_number', 'name', 'category', 'manufacturer', 'unit_cost', 'unit_price', 'stock_quantity'],
      enums: {
        name: weighted('Brake Pad Set|Oil Filter|Air Filter|Spark Plug|Alternator|Battery|Timing Belt|Wiper Blade|Headlight Bulb|Shock Absorber'),
        category: weighted('brakes=20|filters=20|engine=20|electrical=20|suspension=10|lighting=10'),
      },
      ranges: { unit_cost: [3, 400], unit_price: [5, 600], stock_quantity: [0, 200] },
    },
  ],
};
