// The hono-todo example's Hono app (npm `hono`, unchanged): routes, a middleware, JSON bodies,
// errors and 404s. Edit it while the server runs: the next request uses the new routes and the
// todos in store.mjs are kept.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { add, list, remove, update } from "./store.mjs";

export const version = 1;

export const app = new Hono();

app.use("*", async (c, next) => {
  await next();
  c.header("x-app-version", String(version));
});

app.get("/", (c) => c.text(`hono-todo v${version}: GET/POST /todos, PATCH/DELETE /todos/:id\n`));
app.get("/todos", (c) => c.json(list()));
app.post("/todos", async (c) => {
  const body = await c.req.json();
  if (typeof body.title !== "string" || body.title === "") throw new HTTPException(400, { message: "a todo needs a title" });
  return c.json(add(body.title), 201);
});
app.patch("/todos/:id", async (c) => {
  const todo = update(Number(c.req.param("id")), await c.req.json());
  return todo === undefined ? c.notFound() : c.json(todo);
});
app.delete("/todos/:id", (c) => (remove(Number(c.req.param("id"))) ? c.body(null, 204) : c.notFound()));
app.onError((error, c) => (error instanceof HTTPException
  ? c.json({ error: error.message }, error.status)
  : c.json({ error: "internal error" }, 500)));

import.meta.hot?.accept();
