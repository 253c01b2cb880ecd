/** `candidate`, lengthened with `X` until it is none of `values`: the one way a value leaves an enum. */
export function outsideEnum(values: readonly string[], candidate: string): string {
  let out = candidate;
  while (values.includes(out)) out += "X";
  return out;
}
