// "as", "satisfies" and the non-null "!" are erased; "as const" too.
const input = JSON.parse("[1, 2]")                       ;
const config = { port: 8080, host: "localhost" }                                          ;
const modes = ["a", "b"]         ;
const first = input[0] ;
const el = (globalThis       ).document?.body .firstChild;
const chained = (config                    ).port .toFixed(0) ;
export { input, config, modes, first, el, chained };
