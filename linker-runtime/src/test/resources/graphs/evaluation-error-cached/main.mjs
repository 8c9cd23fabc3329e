let errors = [];
for (let i = 0; i < 2; i++) {
  try { await import('./importer.mjs'); } catch (e) { errors.push(e); }
}
console.log(errors.length, errors[0] === errors[1], errors[0].message);
await import('./throws.mjs').catch((e) => console.log('direct same', e === errors[0]));
