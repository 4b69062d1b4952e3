import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DOC_MODELS } from './response-schemas.js';

// The OpenAPI description at /api/docs (UI) and /api/docs-json (document).
export function serveOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('DataGen API')
    .setDescription(
      'Describe the data you need in plain language; DataGen plans a schema and streams realistic, related records as JSON, CSV or SQL. ' +
        'Send Accept: application/x-ndjson or text/csv for big data; gzip when Accept-Encoding allows it.',
    )
    .setVersion('1')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: DOC_MODELS });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
