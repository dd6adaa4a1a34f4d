// Typical presentations of shared cases: which needs come together (homelessness, substance
// misuse and ill mental health most often), how old the person tends to be, whether a household
// is involved, and how risky such cases tend to be.
import type { RiskLevel } from "@/lib/generated/prisma/client";
import type { Rng } from "./random";
import { themeSpecs, type ThemeCode } from "./reference-data";

export interface CaseProfile {
  /** The first theme is the presenting need, which decides who usually leads. */
  themes: readonly ThemeCode[];
  weight: number;
  ages: readonly [number, number];
  /** Chance that the case is about a household (a family at one address). */
  household: number;
  /** Shifts risk upwards (e.g. domestic abuse) or downwards. */
  riskBias: number;
}

const profiles: readonly CaseProfile[] = [
  {
    themes: ["HOMELESSNESS", "SUBSTANCE_MISUSE", "MENTAL_HEALTH"],
    weight: 14,
    ages: [19, 60],
    household: 0,
    riskBias: 1,
  },
  { themes: ["HOMELESSNESS", "MENTAL_HEALTH"], weight: 8, ages: [18, 64], household: 0, riskBias: 0.5 },
  { themes: ["HOMELESSNESS", "DEBT"], weight: 8, ages: [18, 66], household: 0.3, riskBias: 0 },
  { themes: ["HOMELESSNESS"], weight: 6, ages: [18, 70], household: 0.2, riskBias: 0 },
  { themes: ["SUBSTANCE_MISUSE", "OFFENDING"], weight: 7, ages: [18, 50], household: 0, riskBias: 1 },
  {
    themes: ["OFFENDING", "SUBSTANCE_MISUSE", "MENTAL_HEALTH"],
    weight: 5,
    ages: [18, 50],
    household: 0,
    riskBias: 1.5,
  },
  { themes: ["OFFENDING"], weight: 3, ages: [18, 45], household: 0, riskBias: 0.5 },
  { themes: ["MENTAL_HEALTH"], weight: 5, ages: [18, 75], household: 0, riskBias: 0.5 },
  { themes: ["MENTAL_HEALTH", "SOCIAL_ISOLATION"], weight: 4, ages: [25, 85], household: 0, riskBias: 0 },
  {
    themes: ["DOMESTIC_ABUSE", "FAMILY_SUPPORT", "MENTAL_HEALTH"],
    weight: 5,
    ages: [19, 45],
    household: 0.9,
    riskBias: 2,
  },
  { themes: ["DOMESTIC_ABUSE", "HOMELESSNESS"], weight: 4, ages: [18, 55], household: 0.5, riskBias: 2 },
  { themes: ["EARLY_YEARS", "FAMILY_SUPPORT"], weight: 6, ages: [17, 38], household: 1, riskBias: 0 },
  { themes: ["FAMILY_SUPPORT", "DEBT"], weight: 4, ages: [22, 50], household: 1, riskBias: -0.5 },
  { themes: ["FAMILY_SUPPORT", "ANTI_SOCIAL_BEHAVIOUR"], weight: 3, ages: [28, 52], household: 1, riskBias: 0 },
  { themes: ["WORKLESSNESS", "DEBT"], weight: 6, ages: [18, 64], household: 0.2, riskBias: -1 },
  { themes: ["WORKLESSNESS", "MENTAL_HEALTH"], weight: 4, ages: [18, 64], household: 0, riskBias: -0.5 },
  { themes: ["DEBT"], weight: 3, ages: [18, 80], household: 0.2, riskBias: -1 },
  { themes: ["SOCIAL_ISOLATION", "PHYSICAL_HEALTH"], weight: 6, ages: [65, 94], household: 0, riskBias: 0 },
  { themes: ["PHYSICAL_HEALTH"], weight: 3, ages: [40, 92], household: 0, riskBias: 0 },
  { themes: ["ANTI_SOCIAL_BEHAVIOUR", "SUBSTANCE_MISUSE"], weight: 3, ages: [16, 40], household: 0, riskBias: 0.5 },
  { themes: ["ANTI_SOCIAL_BEHAVIOUR"], weight: 2, ages: [16, 60], household: 0.3, riskBias: -0.5 },
  { themes: ["EARLY_YEARS"], weight: 2, ages: [16, 35], household: 1, riskBias: -0.5 },
];

export function pickProfile(rng: Rng): CaseProfile {
  return rng.weightedBy(profiles, (p) => p.weight);
}

/** The profile's themes, now and then with one more need noticed along the way (at most three). */
export function themesFor(rng: Rng, profile: CaseProfile): ThemeCode[] {
  const themes = [...profile.themes];
  if (themes.length < 3 && rng.chance(0.12)) {
    const extra = rng.pick(themeSpecs.map((t) => t.code).filter((code) => !themes.includes(code)));
    themes.push(extra);
  }
  return themes;
}

export function riskFor(rng: Rng, profile: CaseProfile): RiskLevel {
  const b = profile.riskBias;
  return rng.weighted<RiskLevel>([
    ["LOW", Math.max(2, 22 - 6 * b)],
    ["MEDIUM", 40],
    ["HIGH", 26 + 5 * b],
    ["VERY_HIGH", Math.max(2, 10 + 5 * b)],
  ]);
}
