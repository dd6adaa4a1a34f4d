// UK public-sector financial years, April to March, named by the calendar year they start in.
export function financialYearOf(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function financialYearLabel(year: number): string {
  return `${year} to ${year + 1}`;
}

export function financialYearStart(year: number): Date {
  return new Date(Date.UTC(year, 3, 1));
}

/** The last day of the financial year (31 March). */
export function financialYearEnd(year: number): Date {
  return new Date(Date.UTC(year + 1, 2, 31));
}
