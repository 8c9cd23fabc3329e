// Parameter and return types, optional and rest parameters, type parameters.
export function pick                                               (value   , key    , ...more     )                   {
  return key === undefined ? undefined : value[key];
}
export const twice = function    (x   )         { return [x, x]; };
export function* ids(start         = 0)                                   { yield start; }
export async function load(url        , init                       = {})                  {
  return url + (init.retries ?? 0);
}
export function defaults({ a = 1, b }                           , [c]                    = [2])         {
  return b + a + c;
}
