/** Runs tasks so that no host has more than `perHost` of them in flight at once. */
export interface HostLimiter {
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
}

export function createHostLimiter(perHost: number): HostLimiter {
  const active = new Map<string, number>();
  const waiting = new Map<string, Array<() => void>>();

  const acquire = async (host: string): Promise<void> => {
    const running = active.get(host) ?? 0;
    if (running < perHost) {
      active.set(host, running + 1);
      return;
    }
    await new Promise<void>((resolve) => {
      const queue = waiting.get(host) ?? [];
      queue.push(resolve);
      waiting.set(host, queue);
    });
  };

  const release = (host: string): void => {
    const next = waiting.get(host)?.shift();
    if (next) {
      next(); // the slot passes straight to the next task
      return;
    }
    const running = (active.get(host) ?? 1) - 1;
    if (running === 0) {
      active.delete(host);
      waiting.delete(host);
    } else active.set(host, running);
  };

  return {
    async run(url, task) {
      const host = hostKey(url);
      await acquire(host);
      try {
        return await task();
      } finally {
        release(host);
      }
    },
  };
}

function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
