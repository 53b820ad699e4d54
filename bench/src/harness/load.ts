/**
 * One measurement: a warm-up run, then a measured run of fixed duration with autocannon. Every
 * response time is kept so p50/p95/p99 are exact (autocannon's summary has no p95). A response
 * outside 2xx, a socket error or a timeout counts as an error.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  /**
   * Builds the next request; `context` is per connection, kept across a sequence. `null` when a
   * scenario that uses up its data (each case closes once) has none left: the run ends there.
   */
  setup: (context: Record<string, unknown>) => {
    path: string;
    headers?: Record<string, string>;
    body?: string;
  } | null;
  /** Called with the status of the response to this request (writes release their case here). */
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
export interface LoadResult {
  rps: number;
  /** Seconds measured: the duration, or less when the scenario ran out of data. */
  seconds: number;
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

/**
 * When a request's setup returns null the run stops: autocannon stops at its next one-second
 * tick, so until then connections get a harmless `/healthz` to send, and every response from
 * that moment on is left out (a few requests already in flight with it). `seconds` is then the
 * time until the data ran out.
 */
async function run(options: LoadOptions, requests: readonly LoadRequest[], seconds: number) {
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  let ranOutAt: number | undefined;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  // Set once autocannon returns; its constructor already builds the first request.
  const handle: { instance?: autocannon.Instance } = {};
  const instance = (handle.instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: seconds,
      timeout: 10,
      requests: requests.map((request) => ({
        method: request.method ?? 'GET',
        setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
          const next = ranOutAt === undefined ? request.setup(context) : null;
          if (next === null) {
            if (ranOutAt === undefined) {
              ranOutAt = performance.now();
              // Undefined only if the very first request has no data: stopped once created.
              handle.instance?.stop();
            }
            return { ...req, method: 'GET', path: '/healthz', headers: {}, body: undefined };
          }
          return { ...req, path: next.path, headers: { ...(next.headers ?? {}) }, body: next.body };
        },
        onResponse: request.onResponse,
      })) as never,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  ));
  if (ranOutAt !== undefined) instance.stop();
  instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
    if (ranOutAt !== undefined) return;
    times.push(time);
    if (status < 200 || status >= 300) errors += 1;
  });
  const result = await done;
  const measured = ranOutAt === undefined ? seconds : (ranOutAt - started) / 1000;
  return { result, times, errors: errors + result.errors + result.timeouts, seconds: measured };
}

export async function measure(
  options: LoadOptions,
  requests: readonly LoadRequest[],
  /** Called between the warm-up and the measured run (side measurements start afresh). */
  startMeasuring: () => void = () => undefined,
): Promise<LoadResult> {
  if (options.warmup > 0) await run(options, requests, options.warmup);
  startMeasuring();
  const { result, times, errors, seconds } = await run(options, requests, options.duration);
  const sorted = Float64Array.from(times).sort();
  return {
    rps: seconds > 0 ? round(times.length / seconds) : 0,
    seconds: round(seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    errors,
    requests: result.requests.total,
  };
}
