import { pipeline, Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { ArtifactStore, ShardTarget } from '../../../../libs/artifacts/src/artifact-store.js';
import {
  Compression,
  Content,
  Embedding,
  OutputFormat,
  type WriteShardRequest,
  type WriteShardResponse,
} from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import { writeParquetShard } from '../encoders/parquet-shard.js';
import { openRecordStream, PlanError } from '../engine/record-stream.js';
import { enumValue, safeInteger, text } from '../engine/wire-values.js';
import { GZIP_LEVEL } from '../../../../libs/jobs/src/file-types.js';
import { shardBytes } from './shard-bytes.js';
import { ShardTotals } from './shard-totals.js';

// Generates one shard of a job's file (the range the request names, as GenerateRecords would
// stream it, or a Parquet file of its own) and writes it through the artifact store, gzipped
// when asked (one gzip member per shard, so a file's shards concatenate into one gzip file).
// Only counts come back. Every problem with the request is a PlanError thrown before anything
// is written; when `signal` aborts, the engine stops at its next batch (Parquet: row group) and
// the store leaves nothing at the target.
export async function writeShard(
  store: ArtifactStore,
  request: WriteShardRequest,
  batchSize: number,
  signal: AbortSignal,
): Promise<WriteShardResponse> {
  if (!request.plan) throw new PlanError('The request carries no plan.');
  const target = shardTarget(request);
  const compression = enumValue(request.compression, Compression, 'The compression');
  const manifest = enumValue(request.content, Content, 'The content') === Content.CONTENT_DEFECT_MANIFEST;
  const parquet = !manifest && enumValue(request.format, OutputFormat, 'The output format') === OutputFormat.OUTPUT_FORMAT_PARQUET;
  const shard = parquet ? await parquetShard(request, signal) : recordShard(request, manifest, batchSize);
  const body = compression === Compression.COMPRESSION_GZIP ? gzipped(shard.body) : shard.body;
  const stored = await store.writeShard(target, body, signal);
  const { totals } = shard;
  return { records: totals.records, bytes: stored.bytes, defectCounts: totals.defectCounts, checks: totals.checks, etag: stored.etag ?? '' };
}

interface Shard {
  body: Readable;
  // Complete once the body has been read to its end.
  totals: Pick<ShardTotals, 'records' | 'defectCounts' | 'checks'>;
}

// The range's batches, generated as the store reads them.
function recordShard(request: WriteShardRequest, manifest: boolean, batchSize: number): Shard {
  const batches = openRecordStream({
    plan: request.plan!,
    dataset: request.dataset,
    offset: request.offset,
    count: request.count,
    // A manifest is NDJSON whatever the records' format, Parquet's included.
    format: manifest ? OutputFormat.OUTPUT_FORMAT_NDJSON : request.format,
    sqlDialect: request.sqlDialect,
    embedding: Embedding.EMBEDDING_RAW,
    batchSize,
    content: request.content,
    defectRates: request.defectRates,
    sqlOptions: request.sqlOptions,
  });
  const totals = new ShardTotals();
  return { body: shardBytes(batches, totals), totals };
}

// A Parquet file is written whole (its footer describes every row group) before it is stored
// as one object.
async function parquetShard(request: WriteShardRequest, signal: AbortSignal): Promise<Shard> {
  const { data, ...totals } = await writeParquetShard(
    { plan: request.plan!, dataset: request.dataset, offset: request.offset, count: request.count, defectRates: request.defectRates },
    signal,
  );
  return { body: Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)], { objectMode: false }), totals };
}

function shardTarget(request: WriteShardRequest): ShardTarget {
  const key = text(request.artifactKey);
  if (key === '') throw new PlanError('The request names no artifact_key to write the shard to.');
  const uploadId = text(request.uploadId);
  const partNumber = safeInteger(request.partNumber, 'The part number');
  if (uploadId !== '' && partNumber < 1) throw new PlanError(`A part of the upload ${uploadId} needs a part_number from 1, got ${partNumber}.`);
  return { key, uploadId: uploadId || undefined, partNumber: partNumber || undefined };
}

// The store reads the gzip stream; an engine failure or the store giving up destroys both.
function gzipped(records: Readable): Readable {
  return pipeline(records, createGzip({ level: GZIP_LEVEL }), () => undefined);
}
