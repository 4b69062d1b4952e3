import type { Request } from 'express';
import type { Plan } from '../../../libs/proto/src/grpc-js/datagen/v1/plan.js';
import { ApiError } from '../errors/api-error.js';
import type { BodyWriter } from './body-writer.js';
import { CsvWriter } from './csv-writer.js';
import { EnvelopeWriter } from './envelope-writer.js';
import type { GenerateRequestDto } from '../request/generate-request.dto.js';
import { NdjsonWriter } from './ndjson-writer.js';
import { outputOptions } from './output-options.js';
import type { ResponseSink } from './response-sink.js';

const NDJSON = 'application/x-ndjson';
const CSV = 'text/csv';
const JSON_TYPE = 'application/json';

// Picks the response shape from the Accept header: the documented JSON envelope by default,
// NDJSON or a bare CSV file for big data. A shape that cannot hold what was asked is refused
// before anything is generated.
export function negotiateBody(
  httpRequest: Request,
  request: GenerateRequestDto,
  plan: Plan,
  sink: ResponseSink,
  startedAt: Date,
): BodyWriter {
  const output = outputOptions(request);
  const accepted = httpRequest.accepts([JSON_TYPE, NDJSON, CSV]);
  if (accepted === NDJSON) {
    if (output.name !== 'json') throw notAcceptable(`application/x-ndjson carries JSON records; output_format is "${output.name}"`);
    return new NdjsonWriter(sink, plan, request.defect_rates ?? {}, output.sqlDialect, startedAt);
  }
  if (accepted === CSV) {
    if (output.name === 'sql') throw notAcceptable('text/csv cannot carry output_format "sql"');
    if (request.include_defects) throw notAcceptable('text/csv cannot carry defect manifests; accept application/json or application/x-ndjson');
    if (plan.datasets.length !== 1) {
      throw notAcceptable(`text/csv holds one dataset and this plan has ${plan.datasets.length}; set datasets=1 or accept application/json`);
    }
    return new CsvWriter(plan, output.sqlDialect);
  }
  if (accepted === JSON_TYPE) return new EnvelopeWriter(sink, plan, request.defect_rates ?? {}, output, startedAt);
  throw notAcceptable('Responses are application/json, application/x-ndjson or text/csv');
}

function notAcceptable(detail: string): ApiError {
  return new ApiError(406, { error: 'Not acceptable', detail });
}
