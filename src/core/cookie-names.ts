/** Cookie clean-up rules, kept pure: which names a category's patterns cover. */

/** True when `name` matches `pattern`, where `*` stands for any run of characters: `_ga_*`. */
export function matchesPattern(name: string, pattern: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(name);
}
