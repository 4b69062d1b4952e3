import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ArtifactStore } from '../../../libs/artifacts/src/artifact-store.js';
import { openArtifactStore } from '../../../libs/artifacts/src/open-artifact-store.js';
import { downloadLink, DownloadLinkSigner } from '../../../libs/jobs/src/download-links.js';
import type { JobFile } from '../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config.js';

// The gateway's view of the artifact store (ARTIFACT_STORE, the one the generators write to):
// it serves the store's files at signed links, or hands out the store's presigned URLs.
@Injectable()
export class GatewayArtifacts implements OnApplicationShutdown {
  readonly store: ArtifactStore;
  readonly signer: DownloadLinkSigner;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.store = openArtifactStore(config.artifactStore);
    this.signer = new DownloadLinkSigner(config.downloadLinks);
  }

  // A fresh link, made at each request so it is valid for the whole TTL from then.
  link(file: JobFile): Promise<string> {
    return downloadLink(file, this.store, this.signer);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
