import { Metadata, type ServiceError } from '@grpc/grpc-js';
import {
  Content,
  Embedding,
  OutputFormat,
  type GenerateRecordsResponse,
  type GeneratorServiceClient,
  type SqlDialect,
} from '../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import type { DefectRateOverrides } from '../../../libs/reality/src/defect-rate-overrides.js';
import { apiErrorFromGrpc } from '../errors/api-error-from-grpc.js';

export interface DefinitionRequest {
  plan: Plan;
  sqlDialect: SqlDialect;
  // With the plan's reality level, what loosens the tables for the defects the data carries.
  defectRates: DefectRateOverrides;
}

// The CREATE TABLE statements the plan's SQL output writes, in its order (each table after the
// tables it references), as one text. The generators write them, as they do in the output: the
// SQL encoder stays the one writer of DDL, so the schema always fits the data. `cancelled`
// stops every call; the first failure stops the others.
export async function tableDefinitions(client: GeneratorServiceClient, request: DefinitionRequest, deadline: Date, cancelled: AbortSignal): Promise<string> {
  const stop = new AbortController();
  const onCancel = () => stop.abort();
  cancelled.addEventListener('abort', onCancel, { once: true });
  try {
    const definitions = await Promise.all(
      request.plan.datasets.map((dataset) =>
        tableDefinition(client, request, dataset.name, deadline, stop.signal).catch((error: unknown) => {
          stop.abort();
          throw error;
        }),
      ),
    );
    return definitions.join('');
  } finally {
    cancelled.removeEventListener('abort', onCancel);
  }
}

function tableDefinition(client: GeneratorServiceClient, request: DefinitionRequest, dataset: string, deadline: Date, stop: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const call = client.generateRecords(
      {
        plan: request.plan,
        dataset,
        offset: 0,
        count: 0,
        format: OutputFormat.OUTPUT_FORMAT_SQL,
        sqlDialect: request.sqlDialect,
        batchSize: 0,
        embedding: Embedding.EMBEDDING_RAW,
        content: Content.CONTENT_SCHEMA,
        defectRates: request.defectRates,
        outputEnd: 0,
      },
      new Metadata(),
      { deadline },
    );
    const cancel = () => call.cancel();
    if (stop.aborted) cancel();
    else stop.addEventListener('abort', cancel, { once: true });
    call.on('data', (response: GenerateRecordsResponse) => chunks.push(response.data));
    call.on('error', (error: ServiceError) => {
      stop.removeEventListener('abort', cancel);
      reject(apiErrorFromGrpc(error, 'generator'));
    });
    call.on('end', () => {
      stop.removeEventListener('abort', cancel);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}
