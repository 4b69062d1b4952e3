import type { INestMicroservice, LoggerService } from '@nestjs/common';
import type { ServiceExtras } from './service-extras.js';

// On SIGTERM or SIGINT a service first reports NOT_SERVING (probes and balancers stop sending
// it work), then lets in-flight calls finish (the transport's gracefulShutdown), and exits
// anyway once the grace period is over. Gateways resume any stream cut short.
export function installGracefulShutdown(
  app: INestMicroservice,
  extras: ServiceExtras,
  graceMs: number,
  logger: LoggerService,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: reporting NOT_SERVING and finishing in-flight calls (up to ${graceMs} ms)`);
    extras.setServing(false);
    const deadline = setTimeout(() => {
      logger.warn('grace period over; exiting with calls still open');
      process.exit(0);
    }, graceMs);
    deadline.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
