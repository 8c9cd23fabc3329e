// A Hono app behind hmr:http's serve() (under hmrc: real requests over loopback) or called
// directly through app.fetch (under node, which has no hmr:http): the answers must be the same.
import { Hono } from "hono";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";

const app = new Hono();
const todos = new Map();
let nextId = 1;
app.use("*", async (c, next) => {
  const started = c.req.method + " " + c.req.path;
  await next();
  c.header("x-handled", started);
});
app.use("/api/*", cors({ origin: "https://example.test" }));
app.get("/", (c) => c.text("home"));
app.get("/api/todos", (c) => c.json([...todos.values()].filter((t) => c.req.query("done") === undefined || String(t.done) === c.req.query("done"))));
app.post("/api/todos", async (c) => {
  const body = await c.req.json();
  if (typeof body.title !== "string") throw new HTTPException(400, { message: "title required" });
  const todo = { id: nextId++, title: body.title, done: false };
  todos.set(todo.id, todo);
  return c.json(todo, 201, { location: "/api/todos/" + todo.id });
});
app.patch("/api/todos/:id", async (c) => {
  const todo = todos.get(Number(c.req.param("id")));
  if (!todo) return c.notFound();
  Object.assign(todo, await c.req.json());
  return c.json(todo);
});
app.delete("/api/todos/:id", (c) => (todos.delete(Number(c.req.param("id"))) ? c.body(null, 204) : c.notFound()));
app.get("/headers", (c) => c.json({ agent: c.req.header("x-agent") ?? null, all: Object.keys(c.req.header()).filter((n) => n.startsWith("x-")) }));
app.post("/form", async (c) => c.json(await c.req.parseBody()));
app.get("/redirect", (c) => c.redirect("/"));
app.get("/boom", () => { throw new Error("boom"); });
app.onError((error, c) => error instanceof HTTPException ? c.json({ error: error.message }, error.status) : c.text("failed: " + error.message, 500));

let call;
let close = () => {};
try {
  const { serve } = await import("hmr:http");
  const server = serve({ port: 0 }, (request) => app.fetch(request));
  const base = "http://127.0.0.1:" + server.port;
  call = (path, init) => fetch(base + path, { redirect: "manual", ...init });
  close = () => server.close();
} catch (notHmrc) {
  call = (path, init) => app.fetch(new Request("http://127.0.0.1" + path, init));
}

const requests = [
  ["GET", "/"],
  ["GET", "/api/todos"],
  ["POST", "/api/todos", { title: "write tests" }],
  ["POST", "/api/todos", { title: "ship" }],
  ["POST", "/api/todos", { nope: 1 }],
  ["PATCH", "/api/todos/1", { done: true }],
  ["GET", "/api/todos?done=true"],
  ["GET", "/api/todos?done=false"],
  ["DELETE", "/api/todos/2"],
  ["DELETE", "/api/todos/2"],
  ["PATCH", "/api/todos/9", { done: true }],
  ["GET", "/headers", undefined, { "x-agent": "test", "x-other": "1" }],
  ["OPTIONS", "/api/todos", undefined, { origin: "https://example.test", "access-control-request-method": "POST" }],
  ["GET", "/redirect"],
  ["GET", "/boom"],
  ["GET", "/missing"],
];
for (const [method, path, json, headers = {}] of requests) {
  const init = { method, headers: { ...headers } };
  if (json !== undefined) {
    init.body = JSON.stringify(json);
    init.headers["content-type"] = "application/json";
  }
  const response = await call(path, init);
  const shown = ["content-type", "location", "x-handled", "access-control-allow-origin", "access-control-allow-methods"]
    .map((name) => response.headers.get(name)).map((v) => v ?? "-").join(" | ");
  console.log(method, path, response.status, shown, await response.text());
}
const form = new FormData();
form.append("name", "ann");
form.append("file", new Blob(["content"], { type: "text/plain" }), "a.txt");
const formAnswer = await call("/form", { method: "POST", body: form });
console.log("form", formAnswer.status, await formAnswer.text());
const encoded = await call("/form", { method: "POST", body: new URLSearchParams({ a: "1", b: "x y" }) });
console.log("urlencoded", encoded.status, await encoded.text());
await close();
