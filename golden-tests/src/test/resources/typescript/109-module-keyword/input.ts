// "module M { }" (not "declare module") is the old spelling of "namespace": refused, as Node does.
module Legacy { export type Y = 2 }
