import { status, type ClientUnaryCall, type ServiceError } from '@grpc/grpc-js';
import { readErrorDetails } from '../../../libs/grpc/src/status-details.js';
import type { Job } from '../../../libs/proto/src/grpc-js/datagen/v1/job_service.js';
import { apiErrorFromGrpc } from '../errors/api-error-from-grpc.js';
import { ApiError } from '../errors/api-error.js';

type Callback<Response> = (error: ServiceError | null, response: Response) => void;

// One unary JobService call, answering its job. `start` makes the call with the caller's
// deadline; `cancelled` (the REST client leaving) cancels it.
export function jobServiceCall<Response extends { job?: Job }>(
  start: (callback: Callback<Response>) => ClientUnaryCall,
  jobId?: string,
  cancelled?: AbortSignal,
): Promise<Job> {
  return new Promise((resolve, reject) => {
    const call = start((error, response) => {
      cancelled?.removeEventListener('abort', cancel);
      if (error) reject(jobServiceError(error, jobId));
      else if (!response.job) reject(new Error('The job service answered without the job'));
      else resolve(response.job);
    });
    const cancel = () => call.cancel();
    if (cancelled?.aborted) cancel();
    else cancelled?.addEventListener('abort', cancel, { once: true });
  });
}

// As every upstream error maps (api-error-from-grpc.ts); a bare NOT_FOUND for a job id, which is
// also what a job of another owner gets, names the id.
export function jobServiceError(error: ServiceError, jobId?: string): ApiError {
  if (error.code === status.NOT_FOUND && jobId !== undefined && readErrorDetails(error).error === undefined) {
    return new ApiError(404, { error: 'Job not found', detail: `No job with id "${jobId}"; a job's record goes some time after it ends` });
  }
  return apiErrorFromGrpc(error, 'job service');
}
