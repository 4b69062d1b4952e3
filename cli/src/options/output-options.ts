import { Option, type Command } from 'commander';

export interface OutputOptions {
  format: string;
  sqlDialect?: string;
  compression: string;
  defects?: boolean;
}

// The file format options of `datagen generate`; the server checks the values, and its 400
// names what it takes.
export function withOutputOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'file format').choices(['json', 'ndjson', 'csv', 'sql', 'parquet']).default('json'))
    .option('--sql-dialect <dialect>', 'SQL dialect with --format sql: postgres, mysql or sqlite')
    .addOption(new Option('--dialect <dialect>', 'the same as --sql-dialect').hideHelp())
    .addOption(new Option('--compression <compression>', 'compress each file').choices(['none', 'gzip']).default('none'))
    .option('--defects', 'write each dataset\'s defect manifest (<dataset>.defects) too');
}
