import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { JOB_DOC_MODELS } from './job-schemas.js';
import { DOC_MODELS } from './response-schemas.js';

// The OpenAPI description at /api/docs (UI) and /api/docs-json (document).
export function serveOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('DataGen API')
    .setDescription(
      'Describe the data you need in plain language; DataGen plans a schema and streams realistic, related records as JSON, CSV or SQL. ' +
        'Send Accept: application/x-ndjson or text/csv for big data; gzip when Accept-Encoding allows it. ' +
        'For the biggest, POST /api/jobs: the generators write files in the background, and the job gives download links. ' +
        'When the deployment sets API tokens, /api routes need Authorization: Bearer <token>.',
    )
    .addBearerAuth()
    .setVersion('1')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [...DOC_MODELS, ...JOB_DOC_MODELS] });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
