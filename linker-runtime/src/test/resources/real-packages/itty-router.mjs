import { Router, json, error } from "itty-router";
const router = Router();
router.get("/items/:id", ({ params, query }) => json({ id: params.id, q: query.q }));
router.post("/items", async (request) => json({ created: await request.json() }, { status: 201 }));
router.all("*", () => error(404, "nothing here"));
for (const [method, path, body] of [["GET", "/items/42?q=x"], ["POST", "/items", '{"a":1}'], ["GET", "/nope"]]) {
  const response = await router.fetch(new Request("http://test" + path, { method, body }));
  console.log(method, path, response.status, response.headers.get("content-type"), await response.text());
}
