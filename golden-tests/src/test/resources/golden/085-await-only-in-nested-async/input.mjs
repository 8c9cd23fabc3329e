// await only inside async functions: the module is not async
export async function f() { await null; }
const g = async () => { for await (const x of []) ; };
