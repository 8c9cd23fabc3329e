// exported async function (the module itself stays synchronous)
export async function load(url) {
  const res = await fetch(url);
  return res.json();
}
