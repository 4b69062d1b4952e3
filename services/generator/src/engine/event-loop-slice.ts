// How long a producer of batches may hold the event loop before it lets health checks,
// cancellations and other calls run.
export const SLICE_MS = 20;
