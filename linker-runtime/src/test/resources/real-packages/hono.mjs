import { Hono } from "hono";
const app = new Hono();
app.get("/hello/:name", (c) => c.text("hi " + c.req.param("name")));
app.post("/json", async (c) => c.json({ got: await c.req.json() }, 201));
for (const [method, path, body] of [["GET", "/hello/ann"], ["POST", "/json", '{"x":1}'], ["GET", "/missing"]]) {
  const response = await app.request(path, { method, body, headers: body ? { "content-type": "application/json" } : {} });
  console.log(method, path, response.status, response.headers.get("content-type"), await response.text());
}
