// The value of the "a new household at their address" choice (shared by the form and its schema).
export const newHouseholdChoice = "new";
