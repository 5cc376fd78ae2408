/**
 * `load` asked once per key: later calls share its promise, pending or settled, and a failed one
 * is forgotten, so the next call tries again (a flaky network is not remembered for the page).
 */
export function sharedRequests<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const requests = new Map<string, Promise<T>>();
  return (key) => {
    let request = requests.get(key);
    if (!request) {
      request = load(key);
      request.catch(() => requests.delete(key));
      requests.set(key, request);
    }
    return request;
  };
}
