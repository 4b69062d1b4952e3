import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { contentTypeForFileName } from '../../../libs/jobs/src/file-content-types.js';
import { ApiError } from '../errors/api-error.js';
import { GatewayArtifacts } from './gateway-artifacts.js';
import { requestedRange } from './byte-range.js';

// GET (and HEAD) /downloads/<artifact key>?expires=…&signature=…: a job's file from the
// artifact store, authorised by the link's signature alone (download-links.ts), so a browser
// or curl can fetch it without a token. Streamed with backpressure; Range lets a cut download
// resume where it stopped.
@ApiExcludeController()
@Controller('downloads')
export class DownloadsController {
  constructor(private readonly artifacts: GatewayArtifacts) {}

  @Get('*key')
  async download(
    @Param('key') segments: string[],
    @Query('expires') expires: unknown,
    @Query('signature') signature: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const key = segments.join('/');
    const check = this.artifacts.signer.check(key, expires, signature);
    if (check === 'invalid') throw new ApiError(403, { error: 'Forbidden', detail: 'This download link is not valid' });
    if (check === 'expired') {
      throw new ApiError(403, { error: 'Forbidden', detail: 'This download link has expired; GET the job again for a fresh one' });
    }
    const size = await this.artifacts.store.size(key);
    if (size === undefined) {
      throw new ApiError(404, { error: 'Not found', detail: 'This file is gone: its job was cancelled or has expired' });
    }
    const fileName = segments[segments.length - 1]!;
    // The bytes under a key never change (a shard rewritten is rewritten identically), so the
    // key and size name them: a strong validator for If-Range.
    const etag = `"${createHash('sha256').update(`${size}:${key}`).digest('base64url').slice(0, 27)}"`;
    const choice = requestedRange(request, size, etag);
    if (choice.kind === 'unsatisfiable') {
      throw new ApiError(416, { error: 'Range not satisfiable', detail: `The file has ${size} bytes` }, { 'Content-Range': `bytes */${size}` });
    }
    response.attachment(fileName);
    // Set as is: Express's set() would add a charset to some types and not others.
    response.setHeader('Content-Type', contentTypeForFileName(fileName));
    response.set({
      'Accept-Ranges': 'bytes',
      ETag: etag,
      // no-transform keeps the compression middleware off: the bytes are sent as stored, and
      // Content-Length and Range count them.
      'Cache-Control': 'private, no-transform',
    });
    const range = choice.kind === 'part' ? choice.range : undefined;
    if (range) response.status(206).set('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
    response.set('Content-Length', String(range ? range.end - range.start + 1 : size));
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    try {
      await pipeline(this.artifacts.store.read(key, range), response);
    } catch (error) {
      // A client that leaves ends the copy (pipeline closes the store's stream); a store that
      // fails mid-file cuts the body short, and the error filter says why in the log.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      throw error;
    }
  }
}
