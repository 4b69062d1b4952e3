import type { BatchChecks } from '../../../../libs/proto/src/nest/datagen/v1/generator_service.js';
import type { EncodedBatch } from '../engine/record-stream.js';
import type { BufferPool } from './buffer-pool.js';
import { GRPC_FRAME_HEADER_BYTES } from './pre-encoded-responses.js';

// GenerateRecordsResponse in protobuf wire format behind its gRPC frame header, written straight
// into a pooled buffer: the generic encoder and grpc-js's framing would each copy the batch's
// data into a fresh buffer of its own. Fields go in number order and zero values are left out,
// as a protobuf encoder writes them.
const OFFSET = 1;
const COUNT = 2;
const DATA = 3;
const DEFECT_COUNTS = 4;
const CHECKS = 5;
const MAP_KEY = 1;
const MAP_VALUE = 2;
const VARINT = 0;
const LENGTH_DELIMITED = 2;
// BatchChecks fields by number (2 is reserved).
const CHECK_FIELDS: readonly (readonly [keyof BatchChecks, number])[] = [
  ['values', 1],
  ['typeMismatches', 3],
  ['duplicateKeys', 4],
  ['references', 5],
  ['orphanReferences', 6],
  ['requiredValues', 7],
  ['missingValues', 8],
  ['failingRecords', 9],
];

export interface WrittenResponse {
  // The whole buffer, to hand back to the pool once the message is sent.
  buffer: Buffer;
  // The frame header and the message, as they go on the wire.
  frame: Buffer;
}

export function writeResponse(batch: EncodedBatch, pool: BufferPool): WrittenResponse {
  const defects = Object.entries(batch.defectCounts).map(([kind, count]) => ({ kind, kindBytes: Buffer.byteLength(kind), count }));
  const entrySizes = defects.map(({ kindBytes, count }) => delimitedSize(kindBytes) + varintFieldSize(count));
  const checksSize = CHECK_FIELDS.reduce((size, [check]) => size + varintFieldSize(batch.checks[check]), 0);
  const size =
    varintFieldSize(batch.offset) +
    varintFieldSize(batch.count) +
    (batch.data.length > 0 ? delimitedSize(batch.data.length) : 0) +
    entrySizes.reduce((total, entry) => total + delimitedSize(entry), 0) +
    delimitedSize(checksSize);
  const buffer = pool.acquire(GRPC_FRAME_HEADER_BYTES + size);
  // Not compressed, then the message's length.
  buffer[0] = 0;
  buffer.writeUInt32BE(size, 1);
  const writer = new WireWriter(buffer, GRPC_FRAME_HEADER_BYTES);
  writer.varintField(OFFSET, batch.offset);
  writer.varintField(COUNT, batch.count);
  if (batch.data.length > 0) {
    writer.tag(DATA, LENGTH_DELIMITED);
    writer.varint(batch.data.length);
    writer.bytes(batch.data);
  }
  defects.forEach(({ kind, kindBytes, count }, index) => {
    writer.tag(DEFECT_COUNTS, LENGTH_DELIMITED);
    writer.varint(entrySizes[index]!);
    writer.tag(MAP_KEY, LENGTH_DELIMITED);
    writer.varint(kindBytes);
    writer.text(kind);
    writer.varintField(MAP_VALUE, count);
  });
  writer.tag(CHECKS, LENGTH_DELIMITED);
  writer.varint(checksSize);
  for (const [check, field] of CHECK_FIELDS) writer.varintField(field, batch.checks[check]);
  return { buffer, frame: buffer.subarray(0, writer.at) };
}

function varintSize(value: number): number {
  let size = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

function varintFieldSize(value: number): number {
  return value === 0 ? 0 : 1 + varintSize(value);
}

function delimitedSize(length: number): number {
  return 1 + varintSize(length) + length;
}

class WireWriter {
  constructor(
    private readonly buffer: Buffer,
    public at: number,
  ) {}

  tag(field: number, wireType: number): void {
    this.buffer[this.at++] = (field << 3) | wireType;
  }

  // Counts and offsets reach 2^53, past what bitwise operators hold, hence division.
  varint(value: number): void {
    while (value >= 128) {
      this.buffer[this.at++] = (value % 128) | 128;
      value = Math.floor(value / 128);
    }
    this.buffer[this.at++] = value;
  }

  varintField(field: number, value: number): void {
    if (value === 0) return;
    this.tag(field, VARINT);
    this.varint(value);
  }

  bytes(bytes: Uint8Array): void {
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  text(text: string): void {
    this.at += this.buffer.write(text, this.at);
  }
}
