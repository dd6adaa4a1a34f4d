// The sign-ins the demo data guarantees, for people trying the portal and for end-to-end tests.
// Every demo user, generated ones included, has the same password.
import type { Role } from "@/lib/generated/prisma/client";
import type { LocalityName } from "./localities";

export const demoPassword = "golden-thread-demo";

/** Every demo address ends with this (generated users are at <organisation>.demo.goldenthread.org.uk). */
export const demoEmailDomain = "demo.goldenthread.org.uk";

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
  organisationName: string;
  description: string;
  jobTitle: string;
  /** The locality the account works in or leads (null: partnership-wide). */
  locality: LocalityName | null;
  /** A team lead: also a supervisor of this neighbourhood (by code), responsible for its barriers. */
  supervises?: string;
}

/** The demo sign-ins' addresses, for code that gives them their part in the story. */
export const demoEmails = {
  workerManchester: "worker.manchester@demo.goldenthread.org.uk",
  workerGmmh: "worker.gmmh@demo.goldenthread.org.uk",
  workerBolton: "worker.bolton@demo.goldenthread.org.uk",
  leadBolton: "lead.bolton@demo.goldenthread.org.uk",
  leadManchester: "lead.manchester@demo.goldenthread.org.uk",
  leadNeighbourhood: "lead.neighbourhood@demo.goldenthread.org.uk",
  budgetHolderBolton: "budgets.bolton@demo.goldenthread.org.uk",
  admin: "admin@demo.goldenthread.org.uk",
  workerSuspended: "worker.suspended@demo.goldenthread.org.uk",
  workerDeactivated: "worker.deactivated@demo.goldenthread.org.uk",
  teamLeadManchester: "teamlead.manchester@demo.goldenthread.org.uk",
  supervisorManchester: "supervisor.manchester@demo.goldenthread.org.uk",
  boardMember: "board.member@demo.goldenthread.org.uk",
  dataProtectionOfficer: "dpo.manchester@demo.goldenthread.org.uk",
} as const;

export const demoAccounts: readonly DemoAccount[] = [
  {
    email: demoEmails.workerManchester,
    password: demoPassword,
    name: "Aisha Rahman",
    role: "FRONTLINE_WORKER",
    organisationName: "Manchester City Council",
    description:
      "Housing options officer; lead professional of 40 Manchester cases, with referrals awaiting Greater Manchester Mental Health.",
    jobTitle: "Housing Options Officer",
    locality: "Manchester",
  },
  {
    email: demoEmails.workerGmmh,
    password: demoPassword,
    name: "Gareth Lomax",
    role: "FRONTLINE_WORKER",
    organisationName: "Greater Manchester Mental Health NHS Foundation Trust",
    description:
      "Community mental health nurse; works on some Manchester cases; pending referrals from Manchester City Council in the inbox.",
    jobTitle: "Community Mental Health Nurse",
    locality: "Manchester",
  },
  {
    email: demoEmails.workerBolton,
    password: demoPassword,
    name: "Siobhan Hartley",
    role: "FRONTLINE_WORKER",
    organisationName: "Bolton Council",
    description: "Early help practitioner; lead professional of 30 Bolton cases.",
    jobTitle: "Early Help Practitioner",
    locality: "Bolton",
  },
  {
    email: demoEmails.leadBolton,
    password: demoPassword,
    name: "Mark Greenhalgh",
    role: "LOCALITY_LEAD",
    organisationName: "Bolton Council",
    description: "Locality lead for Bolton: sees Bolton's dashboards.",
    jobTitle: "Head of Integrated Neighbourhood Services",
    locality: "Bolton",
  },
  {
    email: demoEmails.leadManchester,
    password: demoPassword,
    name: "Priya Shah",
    role: "LOCALITY_LEAD",
    organisationName: "Manchester City Council",
    description: "Locality lead for Manchester: sees Manchester's dashboards.",
    jobTitle: "Locality Lead",
    locality: "Manchester",
  },
  {
    email: demoEmails.leadNeighbourhood,
    password: demoPassword,
    name: "Daniel Okafor",
    role: "LOCALITY_LEAD",
    organisationName: "Salford City Council",
    description: "Neighbourhood lead for two Salford neighbourhoods (SAL-N01 and SAL-N02).",
    jobTitle: "Neighbourhood Lead",
    locality: "Salford",
  },
  {
    email: demoEmails.budgetHolderBolton,
    password: demoPassword,
    name: "Rachel Ashworth",
    role: "BUDGET_HOLDER",
    organisationName: "Bolton Council",
    description: "Budget holder for Bolton: manages its neighbourhoods' pooled budgets and approves spend above the threshold.",
    jobTitle: "Integrated Commissioning Manager",
    locality: "Bolton",
  },
  {
    email: demoEmails.teamLeadManchester,
    password: demoPassword,
    name: "Bernadette Kowalski",
    role: "FRONTLINE_WORKER",
    organisationName: "Manchester City Council",
    description:
      "Team leader of worker.manchester's integrated neighbourhood team (MAN-N01): a supervisor there, so accepts and acts on its barriers.",
    jobTitle: "Integrated Neighbourhood Team Leader",
    locality: "Manchester",
    supervises: "MAN-N01",
  },
  {
    email: demoEmails.supervisorManchester,
    password: demoPassword,
    name: "Kwame Mensah",
    role: "FRONTLINE_WORKER",
    organisationName: "Manchester City Council",
    description:
      "Team manager (supervisor) of the MAN-N02 integrated neighbourhood team: sees the council's cases in MAN-N02 and those his team's members are on, but not MAN-N01's other cases.",
    jobTitle: "Neighbourhood Team Manager",
    locality: "Manchester",
  },
  {
    email: demoEmails.boardMember,
    password: demoPassword,
    name: "Olumide Adeyemi",
    role: "BOARD_MEMBER",
    organisationName: "Greater Manchester Combined Authority",
    description: "Member of the partnership board: acts on barriers escalated to the board (its agenda is their home page).",
    jobTitle: "Director of Public Service Reform",
    locality: null,
  },
  {
    email: demoEmails.dataProtectionOfficer,
    password: demoPassword,
    name: "Fiona Whitworth",
    role: "DATA_PROTECTION_OFFICER",
    organisationName: "Manchester City Council",
    description: "Data-protection officer of Manchester City Council: answers subject access requests (the register is their home page).",
    jobTitle: "Data Protection Officer",
    locality: null,
  },
  {
    email: demoEmails.admin,
    password: demoPassword,
    name: "Helen Marsden",
    role: "PARTNERSHIP_ADMIN",
    organisationName: "Greater Manchester Combined Authority",
    description:
      "Partnership admin: manages organisations, users, agreements, geography and teams; reads the audit trail.",
    jobTitle: "Public Service Reform Manager",
    locality: null,
  },
  {
    email: demoEmails.workerSuspended,
    password: demoPassword,
    name: "Wayne Butterworth",
    role: "FRONTLINE_WORKER",
    organisationName: "Northside Community Support CIC",
    description: "Works for a suspended organisation, so cannot sign in.",
    jobTitle: "Community Connector",
    locality: "Manchester",
  },
  {
    email: demoEmails.workerDeactivated,
    password: demoPassword,
    name: "Julie Sutcliffe",
    role: "FRONTLINE_WORKER",
    organisationName: "Trafford Council",
    description: "Deactivated account, so cannot sign in.",
    jobTitle: "Welfare Rights Adviser",
    locality: "Trafford",
  },
];
