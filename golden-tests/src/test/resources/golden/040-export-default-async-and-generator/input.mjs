// export default async function (anonymous) is hoisted like a function declaration
export default async function () {
  await null;
  return "done";
}
