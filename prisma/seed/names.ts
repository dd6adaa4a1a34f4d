// Name and street lists for made-up demo people and addresses. Names are combined at random, so
// any resemblance to a real person is coincidence; no real personal data is used.
import type { Rng } from "./random";

// prettier-ignore
const givenNames = [
  "Aaron", "Abdul", "Adam", "Agnieszka", "Aisha", "Alan", "Alex", "Alice", "Amara", "Amir",
  "Amy", "Andrew", "Anita", "Anthony", "Asif", "Barbara", "Ben", "Bethany", "Bilal", "Bronwen",
  "Callum", "Carl", "Caroline", "Chantelle", "Charlotte", "Chloe", "Chris", "Ciaran", "Claire", "Connor",
  "Craig", "Daniel", "Danielle", "Darren", "David", "Dean", "Declan", "Deborah", "Dominika", "Elaine",
  "Eleanor", "Ellie", "Emeka", "Emma", "Farah", "Fatima", "Gareth", "Gemma", "Grace", "Hannah",
  "Harry", "Hassan", "Helen", "Ibrahim", "Imran", "Irene", "Jack", "Jade", "James", "Jamal",
  "Janet", "Jason", "Jennifer", "Joanne", "Jodie", "John", "Jordan", "Joseph", "Julie", "Kamala",
  "Karen", "Kayleigh", "Kieran", "Kwame", "Laura", "Lee", "Leah", "Liam", "Lisa", "Lorraine",
  "Lucy", "Luke", "Mandeep", "Marcus", "Maria", "Mark", "Martin", "Maureen", "Megan", "Michael",
  "Michelle", "Mohammed", "Molly", "Nadia", "Natalie", "Nathan", "Neil", "Nicola", "Niamh", "Nkechi",
  "Olivia", "Oliver", "Patrick", "Paul", "Pauline", "Piotr", "Priya", "Rachel", "Rebecca", "Reece",
  "Rhys", "Richard", "Rizwan", "Robert", "Ryan", "Saima", "Samantha", "Samuel", "Sarah", "Scott",
  "Shabana", "Sharon", "Shaun", "Siobhan", "Sophie", "Stacey", "Stephen", "Steven", "Susan", "Tariq",
  "Terry", "Thomas", "Tracey", "Tyrone", "Usman", "Vanessa", "Wayne", "Yasmin", "Yusuf", "Zainab",
];

// prettier-ignore
const familyNames = [
  "Adebayo", "Ahmed", "Ali", "Allen", "Anderson", "Ashworth", "Atkinson", "Bailey", "Baker", "Barlow",
  "Begum", "Bennett", "Bibi", "Booth", "Bradshaw", "Brennan", "Briggs", "Brown", "Butterworth", "Byrne",
  "Campbell", "Chadwick", "Chen", "Clarke", "Collins", "Connolly", "Cooper", "Crompton", "Davies", "Dawson",
  "Dixon", "Doherty", "Duffy", "Edwards", "Evans", "Fletcher", "Foster", "Gallagher", "Green", "Greenhalgh",
  "Griffiths", "Hall", "Hamilton", "Harrison", "Hartley", "Hassan", "Hewitt", "Hill", "Holt", "Hughes",
  "Hussain", "Iqbal", "Jackson", "Jones", "Kaur", "Kelly", "Khan", "Kowalska", "Kowalski", "Lees",
  "Lewis", "Lomax", "Lord", "Mahmood", "Marsden", "Martin", "McDonald", "Mensah", "Mitchell", "Moore",
  "Morris", "Murphy", "Nowak", "Nguyen", "Nuttall", "O'Brien", "O'Neill", "Okafor", "Owen", "Parker",
  "Patel", "Pickering", "Price", "Quinn", "Rahman", "Riley", "Roberts", "Robinson", "Rossi", "Schofield",
  "Shah", "Sharples", "Singh", "Smith", "Stott", "Sutcliffe", "Taylor", "Thompson", "Turner", "Walker",
  "Walsh", "Ward", "Warburton", "Whitehead", "Wild", "Wilkinson", "Williams", "Wilson", "Wood", "Wright",
];

// prettier-ignore
const streetNames = [
  "Albert Road", "Alexandra Street", "Ash Grove", "Beech Avenue", "Birch Close", "Bridge Street",
  "Brook Lane", "Canal Street", "Chapel Street", "Cherry Tree Walk", "Church Lane", "Clarendon Road",
  "Cromwell Avenue", "Dale Street", "Derby Road", "Elm Road", "Fern Close", "George Street",
  "Grange Avenue", "Green Lane", "Hawthorn Road", "Heath Road", "High Street", "Hollins Lane",
  "Holly Bank", "Kings Road", "Lime Grove", "Manor Road", "Market Street", "Mill Lane",
  "Moss Lane", "New Street", "Oak Drive", "Orchard Close", "Park Road", "Peel Street",
  "Princess Street", "Queens Road", "Railway Street", "Rochdale Road", "Rose Hill", "School Lane",
  "Spring Gardens", "Station Road", "Stanley Road", "Thornfield Road", "Union Street", "Vale Street",
  "Victoria Avenue", "Water Street", "Wellington Road", "Willow Way", "Windsor Road", "York Street",
];

const blockNames = ["Court", "House", "Mill", "Heights", "Mews", "Point"];

export interface PersonName {
  givenName: string;
  familyName: string;
}

export function randomName(rng: Rng): PersonName {
  return { givenName: rng.pick(givenNames), familyName: rng.pick(familyNames) };
}

/** A made-up first address line: a house, or a flat in a named block. */
export function randomAddressLine(rng: Rng): string {
  const street = rng.pick(streetNames);
  if (rng.chance(0.25)) {
    const block = `${street.split(" ")[0]} ${rng.pick(blockNames)}`;
    return `Flat ${rng.int(1, 48)}, ${block}`;
  }
  return `${rng.int(1, 220)} ${street}`;
}

export function randomStreet(rng: Rng): string {
  return rng.pick(streetNames);
}

/** The part of an e-mail address before the @, e.g. "siobhan.obrien". */
export function emailLocalPart(name: PersonName): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
  return `${clean(name.givenName)}.${clean(name.familyName)}`;
}
