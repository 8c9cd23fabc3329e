import b from './data.json' with { type: 'json' };
export { b };
