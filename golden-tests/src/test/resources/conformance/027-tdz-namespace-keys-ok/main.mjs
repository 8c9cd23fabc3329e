// Reflect.ownKeys lists TDZ exports, but Object.keys calls [[GetOwnProperty]] which reads the binding and throws
import './a.mjs';
