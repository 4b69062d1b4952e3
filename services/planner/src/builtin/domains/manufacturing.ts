import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const MANUFACTURING: Domain = {
  name: 'manufacturing',
  keywords: ['manufacturing', 'manufacturer', 'factory', 'factories', 'production line', 'assembly line', 'mes', 'shop floor', 'quality control'],
  defaults: ['machines', 'production_orders', 'quality_inspections', 'defects'],
  kinds: [
    {
      name: 'factories',
      setting: true,
      aliases: ['plants', 'manufacturing plants', 'production sites'],
      description: 'A factory',
      naming: 'company.name',
      fields: ['name', 'city', 'country', 'opened_date', 'headcount'],
    },
    {
      name: 'machines',
      aliases: ['equipment', 'production lines', 'assembly lines', 'workstations'],
      description: 'A machine on the shop floor',
      references: ['factories'],
      fields: ['serial_number', 'machine_type', 'model', 'installed_date', 'status'],
      enums: {
        machine_type: weighted('cnc_mill|lathe|press|injection_molder|robot_arm|conveyor|welder'),
        status: weighted('running=70|idle=15|maintenance=10|down=5'),
      },
    },
    {
      name: 'parts',
      aliases: ['components', 'raw materials', 'materials'],
      description: 'A part or material used in production',
      references: ['suppliers'],
      fields: ['part_number', 'name', 'unit_cost', 'unit', 'stock_quantity'],
    },
    {
      name: 'production_orders',
      singular: 'production_order',
      aliases: ['work orders', 'production runs', 'batches', 'jobs', 'manufacturing orders'],
      description: 'An order to produce a quantity of a product',
      references: ['products', 'machines', 'factories'],
      fields: ['order_number', 'quantity', 'scheduled_start', 'started_at', 'completed_at', 'status'],
      enums: { status: weighted('planned=15|in_progress=20|completed=60|cancelled=5') },
      ranges: { quantity: [10, 5000] },
    },
    {
      name: 'quality_inspections',
      aliases: ['inspections', 'quality checks', 'qc checks'],
      description: 'A quality inspection of a production order',
      references: ['production_orders', 'machines'],
      fields: ['inspected_at', 'sample_size', 'defects_found', 'result'],
      enums: { result: weighted('pass=85|fail=10|rework=5') },
      ranges: { sample_size: [5, 200], defects_found: [0, 12] },
    },
    {
      name: 'defects',
      aliases: ['quality issues', 'nonconformances', 'faults'],
      description: 'A defect found in production',
      references: ['production_orders', 'machines', 'quality_inspections'],
      fields: ['defect_type', 'severity', 'detected_at', 'description'],
      enums: { defect_type: weighted('dimensional|surface|assembly|material|electrical|cosmetic') },
    },
    {
      name: 'downtime_events',
      aliases: ['downtime', 'machine downtime', 'breakdowns', 'outages'],
      description: 'A period a machine was not producing',
      references: ['machines'],
      fields: ['started_at', 'ended_at', 'reason', 'duration_minutes'],
      enums: { reason: weighted('breakdown=35|changeover=25|planned_maintenance=20|material_shortage=12|operator_absent=8') },
    },
  ],
};
