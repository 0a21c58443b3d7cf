const fetched = new Map<string, Promise<unknown>>();

/**
 * A JSON file of the site (strings parsed at build time), fetched once per page however often it
 * is asked for. A failed fetch (offline, an error status) is forgotten, so the next call tries again.
 */
export function fetchJsonOnce<T>(url: string): Promise<T> {
  let json = fetched.get(url);
  if (!json) {
    json = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json();
    });
    json.catch(() => fetched.delete(url));
    fetched.set(url, json);
  }
  return json as Promise<T>;
}
