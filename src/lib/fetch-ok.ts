/**
 * `fetch`, rejecting on an HTTP error as on a network one, with the URL and the status, so that
 * every script of the site reports a missing or failing file alike ("/search/records.json: HTTP
 * 404"). Without dependencies: the offline button on every page uses it.
 */
export async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}
