// How long a chosen password may be: apart from the rules so the browser's form can show it
// without downloading the common-password list.
export const passwordLength = { min: 12, max: 256 } as const;
