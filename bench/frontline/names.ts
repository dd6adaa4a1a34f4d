// Names for the frontline data set, most common first (drawn Zipf-like), with the accents,
// apostrophes, hyphens and Mc/Mac spellings a Greater Manchester list holds.
export const givenNames = [
  "Oliver", "Olivia", "Muhammad", "Amelia", "George", "Isla", "Noah", "Ava", "Jack", "Mia", "Harry", "Ivy", "Leo", "Lily",
  "Oscar", "Isabella", "Charlie", "Sophia", "Jacob", "Grace", "Freddie", "Freya", "Alfie", "Florence", "Thomas", "Emily",
  "James", "Ella", "William", "Poppy", "Joshua", "Evie", "Daniel", "Sienna", "Samuel", "Chloe", "Joseph", "Ruby", "Ethan",
  "Jessica", "Adam", "Aisha", "Mohammed", "Fatima", "Ibrahim", "Zainab", "Yusuf", "Maryam", "Omar", "Hannah", "David",
  "Sarah", "John", "Margaret", "Michael", "Susan", "Paul", "Karen", "Mark", "Julie", "Stephen", "Tracey", "Andrew", "Lisa",
  "Peter", "Joanne", "Kevin", "Michelle", "Gary", "Nicola", "Anthony", "Claire", "Christopher", "Rebecca", "Wojciech",
  "Agnieszka", "Piotr", "Katarzyna", "Siobhan", "Niamh", "Seán", "Aoife", "Chidi", "Ngozi", "Kwame", "Amara", "Priya",
  "Ravi", "Anjali", "Arjun", "Zoë", "Chloë", "Renée", "José", "Anne-Marie", "Jean-Paul", "Mary-Jane", "Dylan", "Rhys",
  "Gethin", "Eilidh", "Callum", "Hamish", "Ewan", "Morag", "Kirsty", "Ioana", "Andrei", "Elena", "Mihai", "Tomasz",
];

export const familyNames = [
  "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
  "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel",
  "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker",
  "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
  "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
  "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster",
  "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen",
  "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
  "Ahmed", "Akhtar", "Rahman", "Iqbal", "Shah", "Mahmood", "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk",
  "O'Brien", "O'Connor", "O'Neill", "O'Sullivan", "McDonald", "MacDonald", "McCarthy", "MacLeod", "McKenzie", "Mackenzie",
  "McGregor", "Fitzgerald", "Okafor", "Adeyemi", "Mensah", "Nwosu", "Popescu", "Ionescu", "Nguyen", "Tran", "Müller",
  "García", "Fernández", "Núñez", "Smith-Jones", "Lloyd-Davies", "Taylor-Brown", "Ashworth", "Butterworth", "Entwistle",
  "Greenhalgh", "Haworth", "Ramsbottom", "Schofield", "Sutcliffe", "Whittaker", "Holt", "Kershaw", "Pilkington",
];

// The long tail: most people in a city of millions have a name outside any top-100 list. Parts
// combined into ≈10,000 family names and ≈1,500 given names, each rare.
const familyStarts = ["Ash", "Bar", "Brad", "Cal", "Craw", "Dun", "Elm", "Fair", "Gold", "Hal", "Hart", "Hol", "Kings", "Lang", "Mar", "Mid", "Nor", "Old", "Pen", "Ray", "Red", "Ros", "Shel", "Stan", "Sum", "Thorn", "Wal", "War", "Wes", "Whit"];
const familyMiddles = ["", "", "", "er", "in", "ing", "ley", "s", "ton", "ford", "well", "bro"];
const familyEnds = ["by", "dale", "den", "don", "field", "ford", "gate", "ham", "hurst", "land", "ley", "low", "man", "mer", "more", "ridge", "shaw", "son", "stead", "ston", "ter", "thorpe", "ton", "wick", "win", "wood", "worth", "yard", "ock", "ett"];
const givenStarts = ["Al", "Ar", "Bel", "Cal", "Dar", "El", "Em", "Fen", "Gal", "Ha", "Is", "Jas", "Kai", "Lor", "Mar", "Nel", "Or", "Pen", "Ros", "Sal", "Tam", "Ul", "Val", "Wil", "Xan", "Yas", "Zar", "Bren", "Cor", "Del"];
const givenEnds = ["a", "an", "ana", "ella", "en", "ia", "ie", "in", "ina", "is", "on", "or", "ora", "us", "ya", "ette", "iel", "ian", "ika", "o", "ene", "ith", "win", "ard", "ric", "ley", "ton", "wyn", "ine", "ara", "ose", "elle", "ida", "ius", "ani", "ey", "el", "ena", "ix", "uel", "ah", "et", "is", "ona", "um", "ys", "er", "ey", "ali", "esh"];

export const rareFamilyNames = familyStarts.flatMap((s) => familyMiddles.flatMap((m) => familyEnds.map((e) => `${s}${m}${e}`)));
export const rareGivenNames = givenStarts.flatMap((s) => givenEnds.map((e) => `${s}${e}`));
