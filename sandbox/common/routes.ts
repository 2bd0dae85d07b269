/**
 * Route tables: `route("GET", "/crm/v3/pipelines/:objectType/:pipelineId", handler)`, one line per
 * endpoint. `:name` matches one path segment; `:name(regex)` matches what the expression (without
 * parentheses of its own) matches, across segments if it says so. Method `*` matches any method. A
 * trailing slash is ignored. The first route that matches wins, so specific routes come first.
 */

export interface Route<H> {
  method: string;
  pattern: RegExp;
  names: string[];
  handle: H;
}

export function route<H>(method: string, template: string, handle: H): Route<H> {
  const names: string[] = [];
  const source = template.replace(/:([a-zA-Z]+)(?:\(([^()]*)\))?/g, (_, name: string, pattern: string | undefined) => {
    names.push(name);
    return `(${pattern ?? "[^/]+"})`;
  });
  return { method, pattern: new RegExp(`^${source}/?$`), names, handle };
}

/** The first route matching the request, with its decoded parameters; undefined when none does. */
export function findRoute<H>(routes: readonly Route<H>[], method: string, path: string): { route: Route<H>; params: Record<string, string> } | undefined {
  for (const candidate of routes) {
    if (candidate.method !== "*" && candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)));
    return { route: candidate, params };
  }
  return undefined;
}
