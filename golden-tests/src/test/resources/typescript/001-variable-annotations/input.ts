// Annotations on declarations: the ": T" goes, "!" of a definite assignment too.
const count: number = 1;
let name: string | undefined, total: Array<Map<string, number[]>> = [];
let later!: { a: number; b?: string };
const [first, second]: [number, string] = [1, "x"];
const { a, b }: { a: number; b: string } = { a: 1, b: "y" };
try { later = { a: count }; } catch (error: unknown) { console.log(error); }
for (const item of total as Array<unknown>) console.log(item);
export { count, name, first, second, a, b, later };
