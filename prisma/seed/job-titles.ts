// Realistic job titles for generated frontline workers, by the type of organisation they work for.
import type { OrganisationType } from "@/lib/generated/prisma/client";

export const frontlineJobTitles: Record<OrganisationType, readonly string[]> = {
  LOCAL_AUTHORITY: [
    "Housing Options Officer",
    "Social Worker",
    "Early Help Practitioner",
    "Family Support Worker",
    "Community Connector",
    "Anti-Social Behaviour Officer",
    "Welfare Rights Adviser",
    "Neighbourhood Officer",
    "Adult Social Care Assessor",
    "Homelessness Prevention Officer",
  ],
  NHS_TRUST: [
    "District Nurse",
    "Community Matron",
    "Health Visitor",
    "Discharge Coordinator",
    "Specialist Nurse",
    "Community Physiotherapist",
  ],
  PRIMARY_CARE: ["Social Prescribing Link Worker", "Care Coordinator", "Practice Nurse", "Health and Wellbeing Coach"],
  MENTAL_HEALTH_TRUST: [
    "Community Mental Health Nurse",
    "Mental Health Practitioner",
    "Dual Diagnosis Worker",
    "Occupational Therapist",
    "Clinical Psychologist",
    "Peer Support Worker",
  ],
  POLICE: [
    "Police Community Support Officer",
    "Neighbourhood Beat Officer",
    "Police Sergeant",
    "Problem Solving Coordinator",
    "Domestic Abuse Investigator",
  ],
  PROBATION: ["Probation Officer", "Probation Services Officer", "Senior Probation Officer"],
  FIRE_AND_RESCUE: ["Prevention Advocate", "Community Safety Officer", "Watch Manager"],
  HOUSING_PROVIDER: ["Housing Officer", "Tenancy Sustainment Officer", "Income Officer", "Neighbourhood Coordinator"],
  JOBCENTRE_DWP: ["Work Coach", "Disability Employment Adviser", "Partnership Manager", "Work and Health Coach"],
  EDUCATION: ["Student Support Officer", "Safeguarding Lead", "Careers Adviser"],
  VCSE: [
    "Key Worker",
    "Recovery Coordinator",
    "Debt Adviser",
    "Outreach Worker",
    "Volunteer Coordinator",
    "Advice Worker",
  ],
  UNIVERSITY: ["Research Fellow", "Research Associate"],
  OTHER: ["Partnership Officer", "Public Service Reform Officer"],
};

export const localityLeadTitles = [
  "Locality Lead",
  "Head of Neighbourhoods",
  "Assistant Director, Integrated Neighbourhoods",
] as const;

export const neighbourhoodLeadTitles: Partial<Record<OrganisationType, string>> = {
  LOCAL_AUTHORITY: "Neighbourhood Lead",
  NHS_TRUST: "Integrated Neighbourhood Team Lead",
  POLICE: "Neighbourhood Inspector",
  HOUSING_PROVIDER: "Neighbourhood Manager",
  MENTAL_HEALTH_TRUST: "Community Mental Health Team Manager",
};

export const adminTitles = [
  "Partnership Manager",
  "Information Governance Manager",
  "Public Service Reform Manager",
] as const;
