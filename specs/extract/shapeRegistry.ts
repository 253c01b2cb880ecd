/** Names generated shapes (enums, lists, maps) once: equal content shares a name, a clash gets a longer one. */

export type AstShape = Record<string, unknown>;

export class ShapeRegistry {
  readonly shapes = new Map<string, AstShape>();
  private readonly contentNames = new Map<string, string>();

  constructor(private readonly namespace: string) {}

  /** Registers a shape under a fixed name (operations, structures, errors). */
  fixed(name: string, shape: AstShape): string {
    this.shapes.set(name, shape);
    return this.id(name);
  }

  /** Registers a generated shape; `names` are tried in order, then a numbered variant of the last. */
  generated(names: readonly string[], shape: AstShape): string {
    const content = JSON.stringify(shape);
    const existing = this.contentNames.get(`${names[0]}|${content}`);
    if (existing) return this.id(existing);
    const last = names.at(-1) ?? "Shape";
    const candidates = [...names, ...Array.from({ length: 50 }, (_, i) => `${last}${i + 2}`)];
    const name = candidates.find((n) => !this.shapes.has(n)) ?? `${last}X`;
    this.shapes.set(name, shape);
    this.contentNames.set(`${names[0]}|${content}`, name);
    return this.id(name);
  }

  has(name: string): boolean {
    return this.shapes.has(name);
  }

  id(name: string): string {
    return `${this.namespace}#${name}`;
  }
}
