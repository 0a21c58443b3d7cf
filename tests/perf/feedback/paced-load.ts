import http from 'node:http';

export interface PacedRequest {
  headers: Record<string, string>;
  body: string;
}

export interface PacedFigures {
  acceptedPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * An open-loop load at a fixed rate: request n is due at n / rate seconds and its latency counts
 * from then, so a slow answer is charged to every request that waited behind it (no coordinated
 * omission). Why not autocannon's `overallRate`: it releases its connections together, so the
 * service saw bursts of up to 32 requests (16 in a commit on median) instead of 300 spread over a
 * second, and its p99 drifted from 22 to 75 ms over consecutive runs while the service's own log
 * had every request under 25 ms. Readers arrive one by one; this is how they are sent here.
 */
export async function pacedLoad(options: {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  request: (n: number) => PacedRequest;
}): Promise<PacedFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const total = Math.round(options.rate * options.seconds);
  const answers: Promise<void>[] = [];

  const send = (n: number, due: number) =>
    new Promise<void>((resolve) => {
      const { headers, body } = options.request(n);
      const request = http.request(
        options.url,
        { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode !== undefined && response.statusCode < 300) latencies.push(performance.now() - due);
            else errors++;
            resolve();
          });
        },
      );
      request.on('error', () => {
        errors++;
        resolve();
      });
      request.end(body);
    });

  await new Promise<void>((done) => {
    let sent = 0;
    // A 1 ms tick: each request leaves within a millisecond of its due time.
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      while (sent < total && (sent * 1000) / options.rate <= elapsed) {
        answers.push(send(sent, started + (sent * 1000) / options.rate));
        sent++;
      }
      if (sent >= total) {
        clearInterval(timer);
        done();
      }
    }, 1);
  });
  await Promise.all(answers);
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0);
  return {
    acceptedPerSecond: Math.round(latencies.length / options.seconds),
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}
