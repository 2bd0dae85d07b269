import { describe, expect, it } from "vitest";
import { findRoute, route } from "../../../sandbox/common/routes";

const table = [
  route("GET", "/crm/v3/pipelines/:objectType/:pipelineId/stages", "stages"),
  route("GET", "/crm/v3/pipelines/:objectType/:pipelineId", "pipeline"),
  route("POST", "/services/Soap/m/:version(\\d+\\.\\d)", "soap"),
  route("*", "/services/data/v:version(\\d+\\.\\d)/:rest(.*)", "rest"),
];
const match = (method: string, path: string) => {
  const found = findRoute(table, method, path);
  return found && { handle: found.route.handle, params: found.params };
};

describe("route tables", () => {
  it("binds one segment per parameter, decoded", () => {
    expect(match("GET", "/crm/v3/pipelines/deals/a%20b")).toEqual({ handle: "pipeline", params: { objectType: "deals", pipelineId: "a b" } });
    expect(match("GET", "/crm/v3/pipelines/deals/default/stages")).toEqual({ handle: "stages", params: { objectType: "deals", pipelineId: "default" } });
  });

  it("constrains a parameter by its expression, across segments when it says so", () => {
    expect(match("POST", "/services/Soap/m/62.0")).toEqual({ handle: "soap", params: { version: "62.0" } });
    expect(match("POST", "/services/Soap/m/latest")).toBeUndefined();
    expect(match("GET", "/services/data/v62.0/sobjects/Lead/describe")).toEqual({ handle: "rest", params: { version: "62.0", rest: "sobjects/Lead/describe" } });
  });

  it("matches the method exactly, or any method with *", () => {
    expect(match("DELETE", "/crm/v3/pipelines/deals/default")).toBeUndefined();
    expect(match("PATCH", "/services/data/v62.0/query")?.handle).toBe("rest");
  });

  it("ignores a trailing slash and nothing else", () => {
    expect(match("GET", "/crm/v3/pipelines/deals/default/")?.handle).toBe("pipeline");
    expect(match("GET", "/crm/v3/pipelines/deals/default/x")).toBeUndefined();
    expect(match("GET", "/prefix/crm/v3/pipelines/deals/default")).toBeUndefined();
  });

  it("answers the first route that matches", () => {
    const routes = [route("GET", "/sobjects/:type/describe", "describe"), route("GET", "/sobjects/:type/:id", "record")];
    expect(findRoute(routes, "GET", "/sobjects/Lead/describe")?.route.handle).toBe("describe");
    expect(findRoute([...routes].reverse(), "GET", "/sobjects/Lead/describe")?.route.handle).toBe("record");
  });
});
