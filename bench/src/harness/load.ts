/**
 * One measurement: a warm-up run, then a measured run of fixed duration with autocannon. Every
 * response time is kept so p50/p95/p99 are exact (autocannon's summary has no p95). A response
 * outside 2xx, a socket error or a timeout counts as an error.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  /** Builds the next request; `context` is per connection, kept across a sequence. */
  setup: (context: Record<string, unknown>) => {
    path: string;
    headers?: Record<string, string>;
    body?: string;
  };
  /** Called with the status of the response to this request (writes release their case here). */
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
}
export interface LoadOptions {
  url: string;
  connections: number;
  duration: number;
  warmup: number;
}

export const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
export const round = (n: number) => Math.round(n * 100) / 100;

async function run(options: LoadOptions, requests: readonly LoadRequest[], seconds: number) {
  const times: number[] = [];
  let errors = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: seconds,
      timeout: 10,
      requests: requests.map((request) => ({
        method: request.method ?? 'GET',
        setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
          const next = request.setup(context);
          return { ...req, path: next.path, headers: { ...(next.headers ?? {}) }, body: next.body };
        },
        onResponse: request.onResponse,
      })) as never,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
    times.push(time);
    if (status < 200 || status >= 300) errors += 1;
  });
  const result = await done;
  return { result, times, errors: errors + result.errors + result.timeouts };
}

export async function measure(
  options: LoadOptions,
  requests: readonly LoadRequest[],
  /** Called between the warm-up and the measured run (side measurements start afresh). */
  startMeasuring: () => void = () => undefined,
): Promise<LoadResult> {
  if (options.warmup > 0) await run(options, requests, options.warmup);
  startMeasuring();
  const { result, times, errors } = await run(options, requests, options.duration);
  const sorted = Float64Array.from(times).sort();
  return {
    rps: round(times.length / options.duration),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    errors,
    requests: result.requests.total,
  };
}
