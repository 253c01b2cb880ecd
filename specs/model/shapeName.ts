/** Shape name without namespace: `ns#Name` → `Name`. */
export function shapeName(id: string): string {
  return id.slice(id.indexOf("#") + 1);
}
