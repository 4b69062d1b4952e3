import { describe, expect, it } from 'vitest';
import { GenerateRecordsResponse } from '../../../../libs/proto/src/grpc-js/datagen/v1/generator_service.js';
import type { EncodedBatch } from '../engine/record-stream.js';
import { BufferPool } from './buffer-pool.js';
import { GRPC_FRAME_HEADER_BYTES } from './pre-encoded-responses.js';
import { writeResponse } from './response-writer.js';

const noChecks = { values: 0, typeMismatches: 0, duplicateKeys: 0, references: 0, orphanReferences: 0, requiredValues: 0, missingValues: 0, failingRecords: 0 };

const batches: [string, EncodedBatch][] = [
  ['a first batch with nothing counted', { offset: 0, count: 1000, data: Buffer.from('[{"id":1}'), defectCounts: {}, checks: noChecks }],
  [
    'offsets past 2^32 and every check',
    {
      offset: 2 ** 40 + 12_345,
      count: 300,
      data: Buffer.from('x'.repeat(70_000)),
      defectCounts: { null_injection: 3, encoding_mojibake: 129, 'é-kind': 2 ** 33 },
      checks: {
        values: 2 ** 35,
        typeMismatches: 127,
        duplicateKeys: 128,
        references: 16_384,
        orphanReferences: 2 ** 21,
        requiredValues: 2 ** 34,
        missingValues: 1,
        failingRecords: 299,
      },
    },
  ],
  ['an empty manifest batch', { offset: 5, count: 0, data: Buffer.alloc(0), defectCounts: {}, checks: noChecks }],
];

describe('writeResponse', () => {
  it.each(batches)('writes %s exactly as the generated protobuf encoder does, behind a gRPC frame header', (_, batch) => {
    const { frame } = writeResponse(batch, new BufferPool(1024 * 1024));
    const expected = GenerateRecordsResponse.encode({ ...batch, data: Buffer.from(batch.data) }).finish();
    expect(frame[0]).toBe(0);
    expect(frame.readUInt32BE(1)).toBe(expected.length);
    expect(frame.length).toBe(GRPC_FRAME_HEADER_BYTES + expected.length);
    const message = frame.subarray(GRPC_FRAME_HEADER_BYTES);
    expect(Buffer.from(message).equals(Buffer.from(expected))).toBe(true);
    expect(GenerateRecordsResponse.decode(message)).toEqual({ ...batch, data: Buffer.from(batch.data) });
  });

  it('reuses a released buffer for the next message instead of allocating one', () => {
    const pool = new BufferPool(1024 * 1024);
    const first = writeResponse(batches[1]![1], pool);
    pool.release(first.buffer);
    const second = writeResponse(batches[0]![1], pool);
    expect(second.buffer).toBe(first.buffer);
    expect(GenerateRecordsResponse.decode(second.frame.subarray(GRPC_FRAME_HEADER_BYTES)).data.toString()).toBe('[{"id":1}');
  });
});
