import { z } from "zod";
const User = z.object({ name: z.string().min(2), age: z.number().int().positive(), email: z.string().email().optional() });
console.log(JSON.stringify(User.parse({ name: "Ada", age: 36 })));
const bad = User.safeParse({ name: "A", age: -1, email: "nope" });
console.log(bad.success, bad.error.issues.map((i) => i.path.join(".") + ":" + i.code).join(" "));
console.log(JSON.stringify(z.array(z.coerce.number()).parse(["1", "2.5"])), z.enum(["a", "b"]).safeParse("c").success);
console.log(JSON.stringify(z.union([z.string(), z.number()]).transform((v) => String(v).length).parse(12345)));
