import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

// What a security operations centre watches: hosts, what they log, and what is escalated.
export const CYBERSECURITY: Domain = {
  name: 'cybersecurity',
  keywords: ['cybersecurity', 'cyber security', 'security logs', 'security events', 'siem', 'soc', 'intrusion detection', 'threat detection', 'firewall', 'audit logs', 'infosec', 'server logs'],
  defaults: ['hosts', 'security_events', 'alerts', 'incidents'],
  kinds: [
    {
      name: 'hosts',
      aliases: ['servers', 'endpoints'],
      description: 'A machine on the network',
      fields: ['hostname', 'ip_address', 'operating_system', 'environment', 'owner_team', 'criticality', 'last_patched_at'],
      enums: {
        operating_system: weighted('Ubuntu 22.04=35|Windows Server 2022=25|RHEL 9=15|Windows 11=15|macOS 14=10'),
        environment: weighted('production=50|staging=20|development=20|corporate=10'),
        criticality: weighted('low=30|medium=40|high=22|critical=8'),
      },
    },
    {
      name: 'security_events',
      singular: 'security_event',
      aliases: ['log events', 'log entries', 'logs', 'security logs', 'audit logs', 'server logs'],
      description: 'An event a host logged',
      references: ['hosts'],
      fields: ['occurred_at', 'event_type', 'source_ip', 'destination_port', 'username', 'action', 'severity', 'message'],
      enums: {
        event_type: weighted('login_success=35|login_failure=15|firewall_block=15|process_start=15|file_access=10|privilege_escalation=3|malware_detected=2|port_scan=5'),
        action: weighted('allowed=80|blocked=18|quarantined=2'),
        severity: weighted('info=70|low=15|medium=10|high=4|critical=1'),
      },
      ranges: { destination_port: [20, 65535] },
    },
    {
      name: 'alerts',
      aliases: ['security alerts'],
      description: 'An alert raised from security events',
      references: ['hosts', 'security_events'],
      fields: ['raised_at', 'rule_name', 'severity', 'mitre_tactic', 'status', 'assigned_to', 'is_false_positive'],
      enums: {
        rule_name: weighted('Brute force login|Impossible travel|Suspicious PowerShell|Outbound to known bad IP|Port scan|Malware signature'),
        severity: weighted('low=35|medium=35|high=22|critical=8'),
        mitre_tactic: weighted('initial_access=20|execution=15|persistence=10|privilege_escalation=10|credential_access=20|lateral_movement=10|exfiltration=15'),
        status: weighted('open=20|investigating=15|closed=65'),
      },
    },
    {
      name: 'incidents',
      aliases: ['security incidents', 'breaches'],
      description: 'An incident opened from alerts',
      references: ['alerts'],
      fields: ['opened_at', 'closed_at', 'category', 'severity', 'affected_hosts', 'status', 'root_cause'],
      enums: {
        category: weighted('phishing=30|malware=20|unauthorised_access=20|data_leak=10|denial_of_service=10|misconfiguration=10'),
        severity: weighted('low=30|medium=40|high=22|critical=8'),
        status: weighted('open=15|contained=20|resolved=65'),
      },
      ranges: { affected_hosts: [1, 40] },
    },
  ],
};
