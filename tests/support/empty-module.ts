// Stands in for `server-only` under Vitest, which cannot import it (HOUSE_STYLE.md).
export {};
