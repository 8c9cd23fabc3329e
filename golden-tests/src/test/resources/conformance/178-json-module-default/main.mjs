// a JSON module's default export is the parsed value
import data from './data.json' with { type: 'json' };
console.log(JSON.stringify(data));
