import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const IOT_TELEMETRY: Domain = {
  name: 'iot',
  keywords: ['iot', 'internet of things', 'telemetry', 'smart home', 'smart building', 'industrial', 'scada', 'connected devices', 'monitoring'],
  defaults: ['devices', 'sensors', 'readings', 'alerts', 'sites'],
  scenarios: [
    { name: 'smart home', keywords: ['smart home', 'home automation', 'connected home', 'smart devices'], core: ['sites', 'devices', 'readings', 'alerts'] },
  ],
  kinds: [
    {
      name: 'devices',
      aliases: ['machines', 'thermostats', 'meters', 'smart devices'],
      description: 'A connected device',
      references: ['sites', 'gateways'],
      fields: ['serial_number', 'device_type', 'model', 'firmware_version', 'installed_at', 'status', 'latitude', 'longitude'],
      enums: {
        device_type: weighted('thermostat=25|smart_meter=20|camera=15|air_quality_monitor=15|industrial_sensor=25'),
        model: weighted('TX-100|TX-200|AQ-5|SM-3000|CAM-X2'),
        firmware_version: weighted('1.0.4=10|1.2.0=25|2.0.1=40|2.1.3=25'),
        status: weighted('online=80|offline=12|maintenance=5|decommissioned=3'),
      },
    },
    {
      name: 'sensors',
      description: 'A sensor mounted on a device',
      references: ['devices'],
      fields: ['sensor_type', 'unit', 'model', 'installed_at', 'calibrated_at', 'is_active'],
      enums: {
        sensor_type: weighted('temperature=30|humidity=20|pressure=15|motion=15|co2=10|vibration=10'),
        unit: weighted('celsius|percent|hpa|ppm|mm_s'),
      },
    },
    {
      name: 'readings',
      aliases: ['measurements', 'telemetry', 'sensor readings', 'sensor data', 'telemetry events', 'data points'],
      description: 'One telemetry reading',
      references: ['sensors', { kind: 'devices', unless: 'sensors' }],
      fields: ['recorded_at', 'temperature', 'humidity', 'pressure', 'battery_level', 'signal_strength'],
    },
    {
      name: 'alerts',
      aliases: ['alarms', 'incidents'],
      description: 'An alert raised by a device',
      references: ['devices', 'sensors'],
      fields: ['alert_type', 'severity', 'message', 'triggered_at', 'resolved_at', 'is_acknowledged'],
      enums: { alert_type: weighted('threshold_exceeded=45|device_offline=25|low_battery=20|tamper=5|firmware_error=5') },
    },
    {
      name: 'sites',
      aliases: ['locations', 'facilities', 'buildings', 'plants'],
      description: 'A site where devices are installed',
      naming: 'address.city',
      fields: ['name', 'street', 'city', 'country', 'latitude', 'longitude'],
    },
    {
      name: 'gateways',
      aliases: ['hubs', 'edge gateways'],
      description: 'A gateway relaying device traffic',
      references: ['sites'],
      fields: ['serial_number', 'ip_address', 'firmware_version', 'last_seen_at', 'status'],
      enums: { status: weighted('online=85|offline=10|maintenance=5') },
    },
    {
      name: 'maintenance_logs',
      aliases: ['maintenance records', 'maintenance events', 'work orders', 'repairs'],
      description: 'Maintenance performed on a device',
      references: ['devices'],
      fields: ['performed_at', 'technician_name', 'action', 'cost', 'notes'],
      enums: { action: weighted('inspection=40|repair=25|replacement=10|calibration=15|firmware_update=10') },
    },
  ],
};
