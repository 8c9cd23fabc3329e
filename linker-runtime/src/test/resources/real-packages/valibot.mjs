import * as v from "valibot";
const Schema = v.object({ id: v.pipe(v.string(), v.uuid()), tags: v.array(v.string()), n: v.optional(v.number(), 3) });
console.log(JSON.stringify(v.parse(Schema, { id: "123e4567-e89b-12d3-a456-426614174000", tags: ["x"] })));
const r = v.safeParse(Schema, { id: "nope", tags: [1] });
console.log(r.success, r.issues.map((i) => i.type + "@" + (i.path || []).map((p) => p.key).join(".")).join(" "));
