// The REST API as the pages use it. Errors come back as {"error": {"status", "message"}}.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? body.error : { status: response.status, message: response.statusText };
    throw new ApiError(error.status, error.message);
  }
  return body;
}

/** GET /api/PATH with query parameters; empty values are left out. */
export async function get(path, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') query.append(name, String(value).trim());
  }
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  return parse(await fetch(url, { headers: { Accept: 'application/json' } }));
}

/** POST /api/articles with the write token; body is an article object or a FormData of files. */
export async function submitArticles(body, token) {
  const headers = { Accept: 'application/json', Authorization: 'Bearer ' + token };
  let payload = body;
  if (!(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  return parse(await fetch('/api/articles', { method: 'POST', headers, body: payload }));
}
