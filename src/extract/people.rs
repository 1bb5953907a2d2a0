//! People: named individuals, found by rules that generalise, never by a list of names.
//!
//! A candidate is a run of capitalised words that could be a name (not a common word, place,
//! title, body or document word): "Madina Abylkasymova", "Gilbert F. Houngbo", "M.Abylkasymova",
//! "Jan FARZAN", "Kassym-Jomart Tokayev". It becomes a person on evidence:
//!
//! - a title or role before it, possibly with the body it belongs to: "Minister of Labor and
//!   Social Protection of the Republic of Kazakhstan Madina Abylkasymova", "the chairman of the
//!   Federation of Trade Unions, Bugytzhan Abdirayim", "President Tokayev", "Mr Jan FARZAN";
//! - a role in apposition after it: "Satybaldy Dauletalin, Chairman of …";
//! - speech context: "said Madina Abylkasymova", "Houngbo noted";
//! - a name shape: an initial with a family name, a family name in capitals after a given name,
//!   a family name with a patronymic or surname ending (-ov, -eva, -uly, -enko, …).
//!
//! Once a name is accepted, its other occurrences in the article count too, including the
//! family name alone and initials with the family name. Honorifics and titles are never part of
//! the span.

use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::lexicon;
use super::shapes::Shapes;
use super::shapes::WordSet;
use super::tokens::{Token, is_initial};
use crate::analysis::letters;
use crate::article::date::month_number;

/// The word lists below as sets, for lookups in the hot loop (most words are ruled out by
/// their shape, without hashing them).
static NOT_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| {
    lexicon::SENTENCE_WORDS
        .iter()
        .chain(lexicon::CALENDAR_WORDS)
        .chain(NOT_NAME)
        .copied()
        .collect()
});
static PARTICLES_SET: LazyLock<WordSet> = LazyLock::new(|| PARTICLES.iter().copied().collect());
static PERSONAL_TITLES_SET: LazyLock<WordSet> =
    LazyLock::new(|| PERSONAL_TITLES.iter().copied().collect());
static ROLES_SET: LazyLock<WordSet> = LazyLock::new(|| ROLES.iter().copied().collect());
static SPEECH_AFTER_SET: LazyLock<WordSet> =
    LazyLock::new(|| SPEECH_AFTER.iter().copied().collect());
static SPEECH_BEFORE_SET: LazyLock<WordSet> =
    LazyLock::new(|| SPEECH_BEFORE.iter().copied().collect());
static STRONG_AFTER_SET: LazyLock<WordSet> =
    LazyLock::new(|| STRONG_AFTER.iter().copied().collect());
static STRONG_BEFORE_SET: LazyLock<WordSet> =
    LazyLock::new(|| STRONG_BEFORE.iter().copied().collect());

/// A person's name as written at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub span: Range<usize>,
    pub tokens: Range<usize>,
}

/// Titles and roles that introduce a name (compared in lower case).
const ROLES: &[&str] = &[
    "minister",
    "ministers",
    "vice-minister",
    "president",
    "vice-president",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "co-chair",
    "vice-chairman",
    "director",
    "director-general",
    "head",
    "secretary",
    "secretary-general",
    "ambassador",
    "akim",
    "deputy",
    "senator",
    "mp",
    "governor",
    "mayor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "coordinator",
    "adviser",
    "advisor",
    "officer",
    "expert",
    "commissioner",
    "rapporteur",
    "rector",
    "professor",
    "prof",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "madam",
    "chief",
    "leader",
    "founder",
    "ceo",
    "manager",
    "lawyer",
    "judge",
    "prosecutor",
    "correspondent",
    "journalist",
    "economist",
    "analyst",
    "activist",
    "premier",
    "speaker",
    "ombudsman",
    "envoy",
    "consul",
    "delegate",
    "official",
    "executive",
    "inspector",
    "counsellor",
    "counselor",
    "aide",
    "assistant",
    "member",
    "chairmen",
    "heads",
    "directors",
    "laureate",
    "hero",
    "veteran",
    "worker",
    "employee",
    "miner",
    "teacher",
    "doctor",
    "nurse",
    "pensioner",
    "resident",
    "citizen",
    "student",
    "scientist",
    "researcher",
    "author",
    "editor",
    "reporter",
    "colleague",
    "counterpart",
    "partner",
    "general",
    "colonel",
    "major",
    "captain",
    "queen",
    "king",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "pope",
    "mufti",
    "bishop",
    "patriarch",
    "chancellor",
    "coach",
    "actor",
    "actress",
    "presenter",
    "novelist",
    "playwright",
    "musician",
    "businessman",
    "businesswoman",
    "banker",
    "footballer",
    "specialist",
    "interpreter",
    "translator",
    "consultant",
    "engineer",
    "foreman",
    "lecturer",
    "campaigner",
    "organiser",
    "organizer",
    "striker",
    "midfielder",
    "goalkeeper",
    "athlete",
];

/// Titles that introduce a name directly, so that a single word after them is a name.
const PERSONAL_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "madam",
    "president",
    "minister",
    "senator",
    "ambassador",
    "akim",
    "governor",
    "mayor",
    "premier",
    "chairman",
    "chairwoman",
    "general",
    "colonel",
    "judge",
    "deputy",
    "director-general",
    "secretary-general",
    "queen",
    "king",
    "prince",
    "sheikh",
    "pope",
    "chancellor",
    // Abbreviated, as wire copy writes them ("Sen. Lawton Chiles", "Rep. Jack Brooks").
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "rev",
];

/// Verbs of speech and action that follow or precede a name in news.
const SPEECH_AFTER: &[&str] = &[
    "said",
    "says",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "added",
    "adds",
    "told",
    "stated",
    "states",
    "explained",
    "explains",
    "underlined",
    "underscored",
    "highlighted",
    "announced",
    "announces",
    "commented",
    "remarked",
    "reported",
    "recalled",
    "pointed",
    "believes",
    "thinks",
    "urged",
    "urges",
    "called",
    "invited",
    "thanked",
    "welcomed",
    "expressed",
    "confirmed",
    "assured",
    "met",
    "meets",
    "visited",
    "signed",
    "spoke",
    "speaks",
    "addressed",
    "praised",
    "criticized",
    "criticised",
    "proposed",
    "suggested",
    "warned",
    "insisted",
    "argued",
    "asked",
    "replied",
    "answered",
    "wrote",
    "declared",
    "admitted",
    "agreed",
    "opened",
    "chaired",
    "presented",
    "discussed",
    "received",
    "congratulated",
    "informed",
    "instructed",
    "ordered",
    "appointed",
    "resigned",
    "died",
];

const SPEECH_BEFORE: &[&str] = &[
    "said",
    "says",
    "by",
    "to",
    "told",
    "quoted",
    "thanked",
    "congratulated",
    "with",
    "and",
];

/// Strong speech words before a name (the weak ones above need other evidence).
const STRONG_BEFORE: &[&str] = &["said", "says", "told", "quoted"];

/// The work a credit names before "by" ("Reporting by …", "Photo by …").
const CREDITED_WORK: &[&str] = &[
    "reporting",
    "writing",
    "editing",
    "photo",
    "photos",
    "text",
    "story",
    "compiled",
    "translated",
    "written",
    "edited",
    "interview",
    "video",
    "graphics",
];

/// Capitalised words that are never part of a person's name, besides
/// [`lexicon::SENTENCE_WORDS`] and [`lexicon::CALENDAR_WORDS`].
const NOT_NAME: &[&str] = &[
    "I",
    "You",
    "Whom",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Madam",
    "Prof",
    "Republic",
    "State",
    "States",
    "National",
    // What ends the name of a publication or a body that no head word names ("PC Pro
    // Magazine", "Early Warning System").
    "Magazine",
    "Newspaper",
    "Journal",
    "Gazette",
    "System",
    "Systems",
    "International",
    "General",
    "Federal",
    "Social",
    "Labor",
    "Labour",
    "Protection",
    "Agreement",
    "Code",
    "Law",
    "Convention",
    "Conventions",
    "Road",
    "Map",
    "Program",
    "Programme",
    "Development",
    "Economic",
    "Trade",
    "Union",
    "Unions",
    "Work",
    "Decent",
    "Country",
    "Mission",
    "Conference",
    "Congress",
    "Session",
    "Forum",
    "Summit",
    "Population",
    "People",
    "Employment",
    "Policy",
    "Affairs",
    "Foreign",
    "Health",
    "Education",
    "Security",
    "Safety",
    "Justice",
    "Finance",
    "Economy",
    "Energy",
    "Industry",
    "Agriculture",
    "Culture",
    "Information",
    "Digital",
    "Government",
    "Parliament",
    "Senate",
    "Ministry",
    "Minister",
    "President",
    "Presidential",
    "Prime",
    "Deputy",
    "Vice",
    "First",
    "Second",
    "Third",
    "Chairman",
    "Chairwoman",
    "Director",
    "Director-General",
    "Secretary",
    "Head",
    "Executive",
    "Senior",
    "Legal",
    "Officer",
    // Who signs a story that names no one ("By Staff Reporter", "By Our Correspondent").
    "Staff",
    "Reporter",
    "Reporters",
    "Correspondent",
    "Correspondents",
    "Writer",
    "Editor",
    "Editors",
    "Editorial",
    "Desk",
    "Newsroom",
    "Contributor",
    "European",
    "Asian",
    "Eurasian",
    "Global",
    "World",
    "United",
    "Nations",
    "Organization",
    "Organisation",
    "Office",
    "Committee",
    "Council",
    "Commission",
    "Federation",
    "Confederation",
    "Association",
    "Chamber",
    "Fund",
    "Bank",
    "Agency",
    "Center",
    "Centre",
    "Institute",
    "Court",
    "Party",
    "Assembly",
    "Coalition",
    "League",
    "Bureau",
    "Ministry",
    "Department",
    "Administration",
    "Service",
    "Address",
    "Exchange",
    "Stock",
    "House",
    "Brothers",
    // Banks' and companies' words in French, Italian and Spanish ("Banque Paribas", "Societe
    // Generale", "Credit Suisse", "Banco Central"), and a basin is a place ("Cooper Basin").
    "Banque",
    "Banco",
    "Banca",
    "Societe",
    "Société",
    "Generale",
    "Générale",
    "Credit",
    "Crédit",
    "Compagnie",
    "Caisse",
    "Basin",
    "Dlrs",
    "Dlr",
    "Securities",
    "Industries",
    "Airlines",
    "Motors",
    "Partners",
    "Associates",
    "Investments",
    "Force",
    "Forces",
    "Chancellor",
    "Exchequer",
    "Press",
    "Dems",
    "Dem",
    "Nation",
    "Order",
    "Growth",
    "Optimism",
    "Just",
    "Justice",
    "Concept",
    "Strategy",
    "Declaration",
    "Roadmap",
    "Plan",
    "Action",
    "Algorithm",
    "Standards",
    "Standard",
    "Minimum",
    "Wage",
    "Wages",
    "Holidays",
    "Pay",
    "Collective",
    "Bargaining",
    "Occupational",
    "Services",
    "Claims",
    "Event",
    "Insolvency",
    "Mines",
    "Inspection",
    "Commerce",
    "Agriculture",
    "Violence",
    "Harassment",
    "Freedom",
    "Right",
    "Rights",
    "Human",
    "Employers",
    "Workers",
    "Worker",
    "Employees",
    "Independence",
    "Achievements",
    "Targeted",
    "Assistance",
    "Combating",
    "Skills",
    "Jobs",
    "Best",
    "Projects",
    "Republican",
    "Contest",
    "Information",
    "Campaign",
    "Safe",
    "Media",
    "News",
    "Photo",
    "Video",
    "Source",
    "Read",
    "Tags",
    "Share",
    "Print",
    "Home",
    "Main",
    "River",
    "Lake",
    "Mount",
    "Cape",
    "Port",
    "Bay",
    "Gulf",
    "Sea",
    "Ocean",
    "Island",
    "Islands",
    "Church",
    "Cathedral",
    "Mosque",
    "Temple",
    "Airport",
    "Station",
    "Stadium",
    "Arena",
    "Hotel",
    "Palace",
    "Tower",
    "Bridge",
    "Park",
    "Museum",
    "Theatre",
    "Theater",
    "Hall",
    "Insurance",
    "Economics",
    "Capital",
    "Marine",
    "Lt",
    "Sgt",
    "Gen",
    "Col",
    "Cpl",
    "Rep",
    "Sen",
    "Gov",
    "Capt",
    "Rev",
    "Ministers",
    "Air",
    "Airlines",
    "Airways",
    "Lines",
    "Enterprises",
    "Liberal",
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
    "Conservative",
    "Conservatives",
    "Socialist",
    "Communist",
    "Green",
    "Greens",
    "Catholic",
    "Orthodox",
    "Muslim",
    "Christian",
    "Islamic",
    "Jewish",
    "Saudi",
    "Arabian",
    "Arab",
    "African",
    "Latin",
    "Nordic",
    "Baltic",
    "Gaelic",
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "AG",
    "Plc",
    "PLC",
    "LLC",
    "LLP",
    "GmbH",
    "SA",
    "NV",
    "JSC",
    "Holdings",
    "Holding",
    "Industries",
    "Airlines",
    "Motors",
    "Energy",
    "Oil",
    "Gas",
    "Mining",
    "Skip",
    "Content",
    "Changed",
    "Updated",
    "Published",
    "Posted",
    "Kazinform",
    "Reuters",
    // Words outlets are named with ("told Steppe Wire", "Astana Daily")
    "Wire",
    "Daily",
    "Herald",
    "Tribune",
    "Radio",
    "Television",
    "Channel",
    "Tengrinews",
    "Khabar",
    "Interfax",
    "TASS",
    "Astana",
    "Times",
    "Day",
    "Week",
    "Year",
    "Month",
    "Team",
    "Group",
    "Company",
    "Corporation",
    "University",
    "School",
    "Hospital",
    "Region",
    "District",
    "City",
    "Province",
    "Oblast",
    "Village",
    "Street",
    "Avenue",
    "Square",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "Old",
    "Great",
    "Grand",
    "Holy",
    "Saint",
    "St",
    "Fig",
    "Table",
    "Part",
    "Article",
    "Chapter",
    "Section",
    "Paragraph",
    "Annex",
    "Item",
    "No",
    "Nos",
    "Covid",
    "COVID-19",
    "Coronavirus",
    "Internet",
    "Mazhilis",
    "Majilis",
    "Akimat",
    "Akim",
    "Misiii",
    // Russian and Kazakh: months, days, and capitalised words that open sentences or name
    // the state
    "Январь",
    "Февраль",
    "Март",
    "Апрель",
    "Май",
    "Июнь",
    "Июль",
    "Август",
    "Сентябрь",
    "Октябрь",
    "Ноябрь",
    "Декабрь",
    "Қаңтар",
    "Ақпан",
    "Наурыз",
    "Сәуір",
    "Мамыр",
    "Маусым",
    "Шілде",
    "Тамыз",
    "Қыркүйек",
    "Қазан",
    "Қараша",
    "Желтоқсан",
    "Понедельник",
    "Вторник",
    "Среда",
    "Четверг",
    "Пятница",
    "Суббота",
    "Воскресенье",
    "Республика",
    "Республики",
    "Республикасы",
    "Республикасының",
    "Президент",
    "Президента",
    "Елбасы",
    "Мемлекет",
    "Ұлттық",
    "Национальный",
    "Национального",
    "Жоғарғы",
    "Верховный",
    "Государственный",
    "Мемлекеттік",
    "Министр",
    "Министрі",
    "Председатель",
    "Төраға",
    "Это",
    "Также",
    "Сегодня",
    "Вчера",
    "Завтра",
    "Однако",
    // Kazakh words that start the name of a place ("Оңтүстік Корея", "Құрама Штаттар")
    "Оңтүстік",
    "Солтүстік",
    "Батыс",
    "Шығыс",
    "Орталық",
    "Құрама",
    // ("Біріккен Араб Әмірліктері", "Объединённые Арабские Эмираты")
    "Біріккен",
    "Араб",
    "Арабские",
    "Арабских",
    "Арабским",
    "Эмираты",
    "Эмиратов",
    "Эмиратах",
    // "Бас" (chief, general: "Бас Ассамблея", "Бас прокурор")
    "Бас",
    "По",
    "В",
    "На",
    "С",
    "И",
    "А",
    "Но",
    "Как",
    "Что",
    "Для",
    "При",
    "Migration",
    "Division",
    "Board",
    "Team",
    "Unit",
    "Management",
    "Financial",
    "Support",
    "Technical",
    "Regional",
    "Eastern",
    "Decent",
    "Youth",
    "Practice",
    "Green",
    "Integration",
    "Enterprise",
    "Entrepreneurs",
    "Business",
    "Investment",
    "Investments",
    "Reform",
    "Reforms",
    "Partnership",
    "Partners",
    "Relations",
    "Resources",
    "Statistics",
    "Committee",
    "Bureau",
];

/// Surname and patronymic endings common in Kazakhstan, Russia and the region.
const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ova", "ev", "eva", "yev", "yeva", "in", "ina", "yn", "yna", "sky", "ski", "skiy",
    "skaya", "ska", "enko", "chuk", "uk", "yuk", "uly", "kyzy", "ovich", "evich", "ovna", "evna",
    "ich", "bekov", "bayev", "baev", "baeva", "bayeva", "ulov", "imov", "imova", "yan", "ian",
    "dze", "shvili", "zoda", "zade",
];

const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "bin", "al", "ibn", "da", "di", "du", "la", "le", "del",
    "dos", "ter",
];

/// The context a finder needs beyond the tokens.
pub struct Context<'a> {
    pub tokens: &'a [Token<'a>],
    /// Tokens that cannot be part of a name: inside an organization mention, or in a
    /// paragraph written in capitals.
    pub in_org: Vec<bool>,
    /// Is the token an initial ([`is_initial`], computed once per token: name runs ask at
    /// every token)?
    initial: Vec<bool>,
    /// Could the token be part of a name (computed once per token)?
    name_word: Vec<bool>,
    /// Does the text have Kazakh letters (and so Kazakh case endings)?
    kazakh: bool,
}

impl<'a> Context<'a> {
    /// The context of `tokens`, the tokens of `text`.
    pub fn new(text: &str, tokens: &'a [Token<'a>], orgs: &[Range<usize>]) -> Context<'a> {
        let mut in_org = vec![false; tokens.len()];
        for range in orgs {
            in_org[range.clone()].fill(true);
        }
        // Paragraphs in capitals (wire headlines) say nothing about which words are names. A
        // short line of capitalised words with one in capitals is no headline but a name
        // written as bylines write it ("By John SMITH", "Ерлан ҚАЙЫРКЕН"): most of a
        // headline's words are in capitals, and a byline has four words at most.
        let mut start = 0;
        for end in 1..=tokens.len() {
            if end == tokens.len() || tokens[end].break_before {
                // The paragraph's text: its tokens and only whitespace between them.
                let span = tokens[start].span.start..tokens[end - 1].span.end;
                let words = || tokens[start..end].iter().filter(|t| t.is_word());
                let byline = || {
                    let n = words().count();
                    n <= 4 && words().filter(|t| t.is_all_caps()).count() * 2 <= n
                };
                if mostly_capitals(&text[span]) && !byline() {
                    in_org[start..end].fill(true);
                }
                start = end;
            }
        }
        let initial = (0..tokens.len()).map(|i| is_initial(tokens, i)).collect();
        let mut name_word: Vec<bool> = tokens
            .iter()
            .zip(&in_org)
            // (Most words are not capitalised: that test first, without a call.)
            .map(|(t, &in_org)| !in_org && t.is_capitalized() && could_be_name(t))
            .collect();
        // A word also written in lower case in this text is a common word ("Labor", "labor").
        // Few words get this far: the text's lower-case words are looked up among theirs,
        // rather than every lower-case word of the text collected.
        let candidates: FxHashSet<&str> = tokens
            .iter()
            .zip(&name_word)
            .filter(|&(_, &name)| name)
            .map(|(t, _)| &*t.norm)
            .collect();
        if !candidates.is_empty() {
            // Most lower-case words have the shape of no candidate.
            let shapes: Shapes = candidates.iter().copied().collect();
            // (Not a word of an address: "m.iskakova@elpi.kz" writes a name in lower case.)
            let in_address = |k: usize| {
                let glued = |t: &Token| t.is(".") || t.is("@");
                (k > 0 && !tokens[k].space_before && glued(&tokens[k - 1]))
                    || tokens.get(k + 1).is_some_and(|n| {
                        !n.space_before
                            && glued(n)
                            && tokens
                                .get(k + 2)
                                .is_some_and(|w| !w.space_before && w.is_word())
                    })
            };
            let common: FxHashSet<&str> = tokens
                .iter()
                .enumerate()
                .filter(|&(k, t)| t.is_word() && starts_in_lower_case(t.text) && !in_address(k))
                .map(|(_, t)| &*t.norm)
                .filter(|norm| shapes.may_contain(norm) && candidates.contains(norm))
                .collect();
            if !common.is_empty() {
                for (t, name) in tokens.iter().zip(&mut name_word) {
                    if *name && common.contains(&*t.norm) {
                        *name = false;
                    }
                }
            }
        }
        quoted_titles_are_no_names(tokens, &mut name_word);
        // (Every Kazakh letter but і is encoded after a byte 0xD2 or 0xD3, which Russian
        // letters never are: one pass of memchr.)
        let kazakh = memchr::memchr2(0xD2, 0xD3, text.as_bytes()).is_some();
        Context {
            tokens,
            in_org,
            initial,
            name_word,
            kazakh,
        }
    }

    /// Could the word at `i` be part of a person's name?
    fn is_name_word(&self, i: usize) -> bool {
        self.name_word.get(i).copied().unwrap_or(false)
    }

    /// [`is_initial`] for the token at `i`; false past the last token.
    fn is_initial(&self, i: usize) -> bool {
        self.initial.get(i).copied().unwrap_or(false)
    }
}

/// Are more than 60% of the letters of `text` (at least 8) capitals?
fn mostly_capitals(text: &str) -> bool {
    let (letters, upper) = if text.is_ascii() {
        ascii_letters_and_capitals(text.as_bytes())
    } else {
        text.chars()
            .filter(|&c| letters::is_alphabetic(c))
            .fold((0, 0), |(count, upper), c| {
                (count + 1, upper + usize::from(letters::is_uppercase(c)))
            })
    };
    letters >= 8 && upper * 10 > letters * 6
}

/// How many bytes are ASCII letters, and how many capitals. Counted in blocks of 255 bytes
/// with one-byte counters, which the compiler turns into 16 bytes an instruction (a paragraph
/// test reads every byte of the text).
fn ascii_letters_and_capitals(bytes: &[u8]) -> (usize, usize) {
    let (mut letters, mut capitals) = (0, 0);
    for block in bytes.chunks(255) {
        let (l, c) = block.iter().fold((0u8, 0u8), |(l, c), b| {
            (
                l + u8::from(b.is_ascii_alphabetic()),
                c + u8::from(b.is_ascii_uppercase()),
            )
        });
        letters += usize::from(l);
        capitals += usize::from(c);
    }
    (letters, capitals)
}

/// Does the word start with a lower-case letter? (For an ASCII first byte, without decoding
/// a character.)
fn starts_in_lower_case(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        Some(_) => word.chars().next().is_some_and(letters::is_lowercase),
        None => false,
    }
}

/// Could this word be part of a person's name, whatever the rest of the text says? Capitalised,
/// two characters or more, no digit, not a common capitalised word, a place or a known acronym.
fn could_be_name(t: &Token) -> bool {
    if !t.is_capitalized() {
        return false;
    }
    // (An ASCII digit's byte is never part of another character.)
    if t.text.bytes().any(|b| b.is_ascii_digit()) || t.text.chars().nth(1).is_none() {
        return false;
    }
    if NOT_NAME_SET.contains(t.text) || lexicon::is_place_token(t) {
        return false;
    }
    if describes_name(t.text) || latin_with_cyrillic_ending(t.text) || russian_abstract_noun(t.text)
    {
        return false;
    }
    // ("Ал Алматыдағы …", "Сондай-ақ Қасым-Жомарт Тоқаев …": a Kazakh sentence's opener.)
    if t.text.as_bytes()[0] >= 0x80 && lexicon::is_kazakh_opener(t) {
        return false;
    }
    // A Kazakh body's head noun ("Медведев Үкіметіне", to Medvedev's Government) is no name
    // (but "Кеңес", a council, is also a given name).
    if t.text.as_bytes()[0] >= 0x80
        && t.text.chars().any(crate::analysis::is_kazakh_letter)
        && super::organizations::cyrillic_head(t) == Some(false)
        && !t.lower().starts_with("кеңес")
    {
        return false;
    }
    lexicon::gazetteer().lookup_acronym(t.text).is_none()
}

/// A Russian abstract or verbal noun, in any case, by its suffix ("Предложение Сулейменова",
/// the proposal of Suleimenov; "Решением", "Деятельность", "Руководство"): no name ends so.
fn russian_abstract_noun(word: &str) -> bool {
    // (Not "-ения", "-ании" and the like: "Евгения", "Ксении", "Стефании" are names.)
    const SUFFIXES: &[&str] = &[
        "ение",
        "ание",
        "ость",
        "ости",
        "остью",
        "ство",
        "ства",
        "ству",
        "ством",
        "стве",
    ];
    word.len() > 12 && word.as_bytes()[0] >= 0x80 && SUFFIXES.iter().any(|s| word.ends_with(s))
}

/// Capitalised words in guillemets, a few of them alone, are the name of a brand, a project or
/// a work, not of a person: "«Амазон Уэб Сервисес»", "«Лада Гранта» моделі", "«Балалар
/// Евровидениесі»". (In KazNERD, 81 of the runs read as people were in such quotes, against 2
/// people.) Their words are no name words.
fn quoted_titles_are_no_names(tokens: &[Token], name_word: &mut [bool]) {
    let mut i = 0;
    while let Some(open) = tokens[i..].iter().position(|t| t.is("«")).map(|k| i + k) {
        i = open + 1;
        let Some(close) = tokens[i..]
            .iter()
            .take(7)
            .position(|t| t.is("»") || t.break_before)
            .map(|k| i + k)
            .filter(|&k| tokens[k].is("»"))
        else {
            continue;
        };
        let words = || tokens[open + 1..close].iter().filter(|t| t.is_word());
        if words().count() <= 5 && words().all(Token::is_capitalized) {
            name_word[open + 1..close].fill(false);
        }
        i = close + 1;
    }
}

/// A word in Latin letters with a Kazakh or Russian ending ("Twitter-дегі", "IT-саланың"): a
/// brand or a term declined, not a name. (A single letter of the other script is a look-alike
/// typed in place of its twin, as in "Бeшара" or "Abdіrov", and leaves a name.)
fn latin_with_cyrillic_ending(word: &str) -> bool {
    if word.is_ascii() {
        return false;
    }
    let (mut latin, mut cyrillic) = (0, 0);
    for c in word.chars() {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if is_cyrillic(c) {
            cyrillic += 1;
        }
    }
    latin >= 2 && cyrillic >= 2
}

/// "Atlanta-based", "Seventeen-year-old", "Icahn-led", "Tunisian-born": a word that describes
/// the name after it, not part of it.
fn describes_name(word: &str) -> bool {
    // (Most words are ruled out by their last letter.)
    matches!(word.as_bytes().last(), Some(b'd' | b'n'))
        && word.contains('-')
        && ["-based", "-old", "-led", "-born", "-owned", "-backed"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// Every person mention in the text, in order.
pub fn find(ctx: &Context) -> Vec<Mention> {
    let tokens = ctx.tokens;
    let mut accepted: Vec<Mention> = Vec::new();
    // Found on the first name with evidence (most texts have none).
    let mut company_name_ends = None;
    // Runs of a given and a family name without evidence, for `named_again`.
    let mut unproven = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(run) = name_run(ctx, i) else {
            i += 1;
            continue;
        };
        let evidence = has_evidence(ctx, &run);
        if !evidence && run.len() == 2 {
            unproven.push(run.clone());
        }
        if evidence {
            let name = trim_to_name(tokens, run.clone());
            // `has_evidence` judged the run; a firm or a place's tail is told from the name it
            // is trimmed to (what the text would show as the person).
            if !firm_or_place(tokens, &name, &mut company_name_ends) {
                accepted.push(mention(tokens, name));
            }
        }
        i = run.end;
    }
    vouched_full_names(ctx, &mut accepted, &mut company_name_ends);
    named_again(ctx, &unproven, &mut accepted, &mut company_name_ends);
    listed_with_people(ctx, &unproven, &mut accepted, &mut company_name_ends);
    // Other occurrences of accepted names: the whole name, the family name alone, an initial
    // with the family name.
    let families: Vec<(String, String)> = accepted
        .iter()
        .filter(|m| word_count(tokens, &m.tokens) >= 2)
        .filter_map(|m| {
            let family = last_word(tokens, &m.tokens)?;
            let given = first_word(tokens, &m.tokens)?;
            Some((family.to_string(), given.to_string()))
        })
        .collect();
    let mut more = Vec::new();
    // (Without a full name accepted, nothing below can match.)
    let mut i = if families.is_empty() { tokens.len() } else { 0 };
    while i < tokens.len() {
        if accepted.iter().any(|m| m.tokens.contains(&i)) {
            i += 1;
            continue;
        }
        let run = name_run(ctx, i).unwrap_or(i..i + 1);
        let matches_known = || {
            last_word(tokens, &run).is_some_and(|f| {
                families.iter().any(|(family, given)| {
                    f == family
                        && first_word(tokens, &run).is_none_or(|g| {
                            compatible_given(g, given) || word_count(tokens, &run) == 1
                        })
                })
            })
        };
        // (The cheap test first: most tokens are not capitalised.)
        if tokens[run.start].is_capitalized() && matches_known() {
            more.push(mention(tokens, run.clone()));
        }
        i = run.end.max(i + 1);
    }
    accepted.extend(more);
    accepted.sort_by_key(|m| m.tokens.start);
    // A Kyrgyz, Kazakh or Uzbek patronymic particle after the name is part of it as written
    // ("Aizada Bakyt kyzy", "Almaz Asan uulu"), though no family name.
    for m in &mut accepted {
        if let Some(next) = tokens.get(m.tokens.end)
            && next.space_before
            && !next.break_before
            && PATRONYMIC_PARTICLES.contains(&next.text)
        {
            m.span.end = next.span.end;
        }
    }
    accepted
}

/// Words after a Central Asian name that say "daughter of" or "son of" the name before them.
/// (Not Kazakh "қызы", "ұлы" written apart: after a name in the genitive they are "the
/// daughter, the son of …", and Kazakh joins the patronymic to the name, "Бекқызы".)
const PATRONYMIC_PARTICLES: &[&str] = &[
    "kyzy", "qyzy", "kizi", "qizi", "uulu", "uly", "ugli", "o'g'li", "ogly", "oglu", "уулу",
];

/// Full names whose family name a title vouches for elsewhere in the text: "Amit Yoran was
/// director of … Mr Yoran took up his post" makes "Amit Yoran" a person, though nothing around
/// it says so (news gives the full name first and the title with the family name after). Adds
/// them to `accepted`, in text order.
fn vouched_full_names(
    ctx: &Context,
    accepted: &mut Vec<Mention>,
    company_name_ends: &mut Option<Vec<usize>>,
) {
    let tokens = ctx.tokens;
    // Accepted alone, a word had a title right before it ("Mr Yoran", "President Tokayev").
    let vouched: Vec<&str> = accepted
        .iter()
        .filter(|m| word_count(tokens, &m.tokens) == 1)
        .filter_map(|m| last_word(tokens, &m.tokens))
        .collect();
    if vouched.is_empty() {
        return;
    }
    let mut found = Vec::new();
    // Each other place the family name is written, and the run that ends there: from the
    // earliest of the three tokens before whose run does.
    for end in 1..tokens.len() {
        if !ctx.is_name_word(end) || !vouched.contains(&tokens[end].text) {
            continue;
        }
        let Some(run) = (end.saturating_sub(3)..end)
            .filter_map(|i| name_run(ctx, i).filter(|run| run.start == i))
            .find(|run| run.end == end + 1)
        else {
            continue;
        };
        let full = (2..=3).contains(&word_count(tokens, &run))
            && tokens[run.start].is_title_case()
            // ("Prince Frederik": the title, not a given name.)
            && !is_title_word(&tokens[run.start])
            && !accepted
                .iter()
                .chain(&found)
                .any(|m| m.tokens.start < run.end && run.start < m.tokens.end)
            && !is_place_run(tokens, &run);
        if !full {
            continue;
        }
        let name = trim_to_name(tokens, run);
        if !firm_or_place(tokens, &name, company_name_ends) {
            found.push(mention(tokens, name));
        }
    }
    add_in_order(accepted, found);
}

/// Given and family names that nothing around them vouches for, but whose family name the text
/// writes again alone where a person speaks ("… as Patrick Kluivert scored twice. Later
/// Kluivert said …"). Not from a sentence's first word, a month as wire tables abbreviate it
/// ("Record Oct"), a word without a vowel ("Mths Shr") or a place of two words. Adds them to `accepted`, in text order.
fn named_again(
    ctx: &Context,
    unproven: &[Range<usize>],
    accepted: &mut Vec<Mention>,
    company_name_ends: &mut Option<Vec<usize>>,
) {
    if unproven.is_empty() {
        return;
    }
    let tokens = ctx.tokens;
    let candidates: Vec<&Range<usize>> = unproven
        .iter()
        .filter(|run| plain_full_name(tokens, run))
        .collect();
    if candidates.is_empty() {
        return;
    }
    // Words written alone where a person speaks: "Bramble said", "said Bramble" (a name word
    // with no other name word or initial before it, and no capitalised word after it).
    let speakers: Vec<&str> = (1..tokens.len())
        .filter(|&k| {
            ctx.is_name_word(k)
                && !(ctx.is_name_word(k - 1) || k >= 2 && ctx.is_initial(k - 2))
                && !tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && t.is_capitalized())
                && (speech_after_word(tokens, k + 1)
                    || STRONG_BEFORE_SET.contains(&tokens[k - 1].lower()))
        })
        .map(|k| tokens[k].text)
        .collect();
    let mut found = Vec::new();
    for run in candidates {
        if !speakers.contains(&tokens[run.end - 1].text) || is_place_run(tokens, run) {
            continue;
        }
        if !firm_or_place(tokens, run, company_name_ends) {
            found.push(mention(tokens, run.clone()));
        }
    }
    add_in_order(accepted, found);
}

/// Could the two words at `run`, with nothing around them that says so, be a given and a
/// family name? Not from a sentence's first word, a month as wire tables abbreviate it ("Record
/// Oct"), a word without a vowel ("Mths Shr"), or a title.
fn plain_full_name(tokens: &[Token], run: &Range<usize>) -> bool {
    let (given, family) = (&tokens[run.start], &tokens[run.end - 1]);
    given.is_title_case()
        && family.is_title_case()
        // (A sentence's first word is capitalised anyway: "Previously Redstone", "Ранее
        // Юханссон".)
        && !sentence_start(tokens, run.start)
        && has_vowel(given.text)
        && has_vowel(family.text)
        && month_number(given.text).is_none()
        && month_number(family.text).is_none()
        && could_be_given_name(given.text)
        && same_script(given.text, family.text)
        && !is_title_word(given)
}

/// Given and family names written in one list with a person's full name ("Aigerim Bekova,
/// Nurlan Sadykov and Peter Schmidt"): a list names things of one kind, so they are people
/// too. Each name so found may vouch for the next in the list. Adds them to `accepted`, in
/// text order.
fn listed_with_people(
    ctx: &Context,
    unproven: &[Range<usize>],
    accepted: &mut Vec<Mention>,
    company_name_ends: &mut Option<Vec<usize>>,
) {
    let tokens = ctx.tokens;
    let mut candidates: Vec<&Range<usize>> = unproven
        .iter()
        .filter(|run| {
            (run.start == 0 || !tokens[run.start - 1].is_capitalized())
                && !tokens.get(run.end).is_some_and(|t| t.is_capitalized())
                && plain_full_name(tokens, run)
                && !is_role(&tokens[run.start])
                && !is_role(&tokens[run.end - 1])
                && !describes_the_next(tokens[run.end - 1].text)
                && !is_place_run(tokens, run)
                && !accepted
                    .iter()
                    .any(|m| m.tokens.start < run.end && run.start < m.tokens.end)
        })
        .collect();
    let mut found: Vec<Mention> = Vec::new();
    loop {
        let before = found.len();
        candidates.retain(|run| {
            let listed = accepted.iter().chain(&found).any(|m| {
                word_count(tokens, &m.tokens) >= 2
                    && (m.tokens.end <= run.start
                        && list_separator(tokens, m.tokens.end..run.start)
                        || run.end <= m.tokens.start
                            && list_separator(tokens, run.end..m.tokens.start))
            });
            if listed && !firm_or_place(tokens, run, company_name_ends) {
                found.push(mention(tokens, (*run).clone()));
                return false;
            }
            true
        });
        if found.len() == before {
            break;
        }
    }
    add_in_order(accepted, found);
}

/// Is `word` a compound that describes what follows it ("Award-winning", "Oscar-nominated"),
/// not a double-barrelled name ("Smith-Jones", or a Korean given name, "Ji-hoon")?
fn describes_the_next(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, tail)| {
        tail.chars().count() >= 5 && tail.chars().next().is_some_and(char::is_lowercase)
    })
}

/// Are the tokens at `between` what separates two items of a list: a comma, "and" (in English,
/// Russian or Kazakh), or both?
fn list_separator(tokens: &[Token], between: Range<usize>) -> bool {
    let and = |t: &Token| matches!(t.text, "and" | "и" | "және" | "мен" | "пен" | "бен" | "&");
    match &tokens[between] {
        [one] => one.text == "," || and(one),
        [comma, word] => comma.text == "," && matches!(word.text, "and" | "и"),
        _ => false,
    }
}

/// Is the name at `name` a firm's (as the text writes the firm elsewhere) or a place's tail?
/// `company_name_ends` is found on the first call for a text (most texts never need it).
fn firm_or_place(
    tokens: &[Token],
    name: &Range<usize>,
    company_name_ends: &mut Option<Vec<usize>>,
) -> bool {
    let company_ends = company_name_ends.get_or_insert_with(|| company_name_ends_in(tokens));
    names_a_company(tokens, name, company_ends) || ends_a_place(tokens, name)
}

/// Adds `found` to `accepted`, keeping the mentions in text order.
fn add_in_order(accepted: &mut Vec<Mention>, found: Vec<Mention>) {
    if !found.is_empty() {
        accepted.extend(found);
        accepted.sort_by_key(|m| m.tokens.start);
    }
}

/// Could `word` be a given name by its shape? Not a word that describes the one after it
/// ("Earthquake-stricken Ecuador", "Chinese-made Silkworm").
fn could_be_given_name(word: &str) -> bool {
    // (Korean given names join two short syllables so: "Soo-min", "Ji-hye".)
    let syllables = word
        .split_once('-')
        .is_some_and(|(a, b)| a.chars().count() <= 3 && b.chars().count() <= 3 && !b.contains('-'));
    syllables
        || !word
            .split_once('-')
            .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase()))
}

/// Are both words in one script (Latin or Cyrillic)? A brand in Latin letters beside a
/// Russian word is no one's name ("Лого Yahoo").
fn same_script(a: &str, b: &str) -> bool {
    a.chars().any(is_cyrillic) == b.chars().any(is_cyrillic)
}

/// Does a word have a vowel? Table headings ("Mths Shr") have none.
fn has_vowel(word: &str) -> bool {
    word.chars()
        .any(|c| "aeiouyAEIOUYаеёиоуыэюяәөүұіАЕЁИОУЫЭЮЯӘӨҮҰІ".contains(c))
}

/// Is the run a place of two or more words ("Hong Kong", "Saint Petersburg")?
fn is_place_run(tokens: &[Token], run: &Range<usize>) -> bool {
    word_count(tokens, run) >= 2
        && lexicon::is_place_key(&lexicon::key_of_norms(
            tokens[run.clone()]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| &*t.norm),
        ))
}

/// Does the name at `name` start with the second word of a place written in two ("York Fed" of
/// "New York Fed", "Kong" of "Hong Kong")? Then it is the tail of the place and what follows.
fn ends_a_place(tokens: &[Token], name: &Range<usize>) -> bool {
    let Some(before) = name.start.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    let first = &tokens[name.start];
    before.is_capitalized()
        && before.is_word()
        && !first.break_before
        && lexicon::is_place_key(&format!("{} {}", before.norm, first.norm))
}

/// The longest of [`super::organizations::COMPANY_ENDS`], in bytes.
const COMPANY_END_BYTES: usize = 4;

/// Who works at a firm, as news writes it before the firm's name: "analysts at James Capel",
/// "an economist at Smith Barney" (a person is worked for, not worked at).
const WORK_AT_A_FIRM: &[&str] = &[
    "analyst",
    "analysts",
    "broker",
    "brokers",
    "dealer",
    "dealers",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "trader",
    "traders",
];

/// Where a company's name may end in the text: before "Inc", "Co", "Ltd" and the like, or
/// before "and Co", either after a comma or not ("Merrill Lynch and Co Inc", "J.P. Morgan and
/// Co", "S.G. Warburg and Co Ltd"); and after each word of the capitalised words that follow
/// "analysts at" and the like ([`WORK_AT_A_FIRM`]: "Analysts at James Capel said"). Ascending.
fn company_name_ends_in(tokens: &[Token]) -> Vec<usize> {
    // The token `back` places before `c`, if any.
    let before = |c: usize, back: usize| c.checked_sub(back).map(|k| &tokens[k]);
    let comma = |t: &Token| t.is(",");
    let and = |t: &Token| t.text == "and" || t.is("&");
    let mut ends = Vec::new();
    for (c, t) in tokens.iter().enumerate() {
        if t.text == "at" && before(c, 1).is_some_and(|w| WORK_AT_A_FIRM.contains(&&*w.norm)) {
            let mut k = c + 1;
            while k < tokens.len()
                && k - c <= 4
                && tokens[k].is_word()
                && tokens[k].is_capitalized()
                && !tokens[k].break_before
            {
                k += 1;
                ends.push(k);
            }
            continue;
        }
        // (All the endings are short capitalised words, as a test checks: most tokens are ruled
        // out at once.)
        if !(t.is_capitalized()
            && t.text.len() <= COMPANY_END_BYTES
            && super::organizations::COMPANY_ENDS.contains(&t.text))
        {
            continue;
        }
        // "X Inc", "X, Inc".
        ends.push(c);
        if before(c, 1).is_some_and(comma) {
            ends.push(c - 1);
        }
        // "X and Co", "X, and Co".
        if matches!(t.text, "Co" | "Cos") && before(c, 1).is_some_and(and) {
            ends.push(c - 1);
            if before(c, 2).is_some_and(comma) {
                ends.push(c - 2);
            }
        }
    }
    ends.sort_unstable();
    ends.dedup();
    ends
}

/// Is the name at `name` (two words or more) also written, somewhere in the text, as the start
/// of a company's, ending at one of `company_ends` ([`company_name_ends_in`])? Then the text's
/// bare "Merrill Lynch" is the firm, not a person. Only company endings count: "Nelson Mandela
/// Foundation" does not make Nelson Mandela a body.
fn names_a_company(tokens: &[Token], name: &Range<usize>, company_ends: &[usize]) -> bool {
    let name = &tokens[name.clone()];
    if name.iter().filter(|t| t.is_word()).count() < 2 {
        return false;
    }
    company_ends.iter().any(|&end| {
        end >= name.len()
            && tokens[end - name.len()..end]
                .iter()
                .zip(name)
                .all(|(a, b)| a.text == b.text)
    })
}

/// A run of three or more words without an initial or patronymic is usually a word of the body
/// before the name ("… Eurasia Division Annabel Cortez"): keep the last two, or three with
/// "Jr" or "Sr" ("Douglas Fairbanks Sr"). A title that starts the run is left out ("Crown
/// Prince Frederik" → "Frederik").
fn trim_to_name(tokens: &[Token], run: Range<usize>) -> Range<usize> {
    let words: Vec<usize> = run.clone().filter(|&k| tokens[k].is_word()).collect();
    let has_initial = run.clone().any(|k| is_initial(tokens, k));
    // Particles between the names do not count against them ("Henri de Bodinat", "Jan van der
    // Berg").
    let names: Vec<usize> = words
        .iter()
        .copied()
        .filter(|&k| !PARTICLES_SET.contains(tokens[k].text))
        .collect();
    let keep = if matches!(tokens[run.end - 1].text, "Jr" | "Sr") {
        3
    } else {
        2
    };
    // Three names right after "said" or "by" are one person's ("said Ana Lucía Moreno", "by
    // Maria Elena Walsh"): no capitalised word of another phrase stands there. (After other
    // words the first is often a body's or a role's: "Chief of Staff Howard Baker", "chairman
    // of the Госдумы Сергей Нарышкин".)
    // Nor is a first word that says where someone is from or what they are ("Australian",
    // "Blairite", "Baroness"): the name is then the last two.
    let first = &tokens[words[0]];
    let describes = lexicon::is_place_token(first)
        || ["ian", "ean", "ese", "ite"]
            .iter()
            .any(|e| first.text.ends_with(e))
        || NOT_FIRST_OF_THREE.contains(&first.text);
    let inside = names.len() == 3
        && run.start > 0
        && matches!(tokens[run.start - 1].text, "said" | "says" | "by")
        && !describes
        && names.iter().all(|&k| {
            tokens[k].is_title_case() && !is_title_word(&tokens[k]) && !is_role(&tokens[k])
        });
    // With a patronymic, the name is the given name before it and the family name on either
    // side: "Экономист Тимур Бекович Абилов" is "Тимур Бекович Абилов", and in the official
    // order "… Абилов Тимур Бекович" the three words that end the run.
    let patronymic = words
        .iter()
        .skip(1)
        .position(|&k| patronymic_word(tokens[k].text))
        .map(|p| p + 1);
    let trimmed = if names.len() > keep && !has_initial && !inside {
        names[names.len() - keep]..run.end
    } else {
        run.clone()
    };
    let run = match patronymic {
        // Given name, patronymic, family name.
        Some(p) if p + 2 == words.len() => words[p - 1]..run.end,
        // Family name, given name, patronymic, when the first looks like one ("Грызлова Бориса
        // Вячеславовича"); else a given name and patronymic ("Уважаемая Татьяна Васильевна").
        Some(p) if p + 1 == words.len() && p >= 2 && !has_initial => {
            if looks_like_family_name(tokens[words[p - 2]].text) {
                words[p - 2]..run.end
            } else {
                words[p - 1]..run.end
            }
        }
        _ => trimmed,
    };
    if is_title_word(&tokens[run.start]) && word_count(tokens, &run) >= 2 {
        return run.start + 1..run.end;
    }
    run
}

fn mention(tokens: &[Token], range: Range<usize>) -> Mention {
    Mention {
        span: tokens[range.start].span.start..tokens[range.end - 1].span.end,
        tokens: range,
    }
}

fn word_count(tokens: &[Token], range: &Range<usize>) -> usize {
    tokens[range.clone()].iter().filter(|t| t.is_word()).count()
}

/// The family name of a name at `range`: its last word, or the word before the initials
/// ("Sarsenbayev A.").
fn last_word<'a>(tokens: &'a [Token], range: &Range<usize>) -> Option<&'a str> {
    if family_then_initials(tokens, range) {
        return Some(tokens[range.start].text);
    }
    tokens[range.clone()]
        .iter()
        .rev()
        .find(|t| t.is_word())
        .map(|t| t.text)
}

/// The given name (or its initial) of a name of two words or more at `range`: its first word,
/// or the first initial after the family name ("Sarsenbayev A.").
fn first_word<'a>(tokens: &'a [Token], range: &Range<usize>) -> Option<&'a str> {
    if word_count(tokens, range) < 2 {
        return None;
    }
    if family_then_initials(tokens, range) {
        return Some(tokens[range.start + 1].text);
    }
    tokens[range.clone()]
        .iter()
        .find(|t| t.is_word())
        .map(|t| t.text)
}

/// "M" and "Madina", or two equal given names.
fn compatible_given(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a == b
        || (a.chars().count() == 1 && b.starts_with(&a))
        || (b.chars().count() == 1 && a.starts_with(&b))
}

/// The name-like run starting at token `i`: initials, capitalised name words, particles
/// between them; at most four words. `None` if no name starts here.
#[inline]
fn name_run(ctx: &Context, i: usize) -> Option<Range<usize>> {
    // Most tokens start no name (the loop of `name_run_at` would stop at once): asked at every
    // token, this test is inlined into the callers' loops.
    if !ctx.is_initial(i) && !ctx.name_word.get(i).copied().unwrap_or(false) {
        return None;
    }
    name_run_at(ctx, i)
}

/// [`name_run`] at a token that is an initial or a name word. (Not inlined, so that
/// `name_run` stays small enough to be.)
#[inline(never)]
fn name_run_at(ctx: &Context, i: usize) -> Option<Range<usize>> {
    let tokens = ctx.tokens;
    let mut j = i;
    let mut words = 0;
    let mut last_name_word = None;
    while j < tokens.len() && words < 4 {
        if j > i && tokens[j].break_before {
            break;
        }
        // "U.S." and "U.K." are abbreviations, not initials.
        if words == 0
            && ctx.is_initial(j)
            && matches!(tokens[j].text, "U" | "E")
            && ctx.is_initial(j + 2)
        {
            break;
        }
        // Nor does a name start inside dotted letters: the "S." of "U.S. Treasury" follows
        // an initial without a space, so it is not a name's first initial ("H.B. Shaine" is
        // read from its "H.").
        if words == 0
            && j >= 2
            && ctx.is_initial(j)
            && ctx.is_initial(j - 2)
            && !tokens[j].space_before
        {
            break;
        }
        // A role that starts a sentence is not the name after it ("Lawyer F. Lee Bailey"):
        // the name starts after it, with the role as its evidence.
        if words == 0
            && tokens[j].is_capitalized()
            && is_role(&tokens[j])
            && (ctx.is_initial(j + 1) || ctx.is_name_word(j + 1))
        {
            break;
        }
        if ctx.is_initial(j) && !ctx.in_org[j] {
            // An initial joined to the word after it starts a name, as official texts write
            // one: the words before it are not part of it ("Minister of Emergency Situations
            // K.Baimukhanov").
            // (The run before it is no name of its own either.)
            if last_name_word.is_some()
                && tokens.get(j + 2).is_some_and(|t| !t.space_before)
                && !ctx.is_initial(j + 2)
                && ctx.is_name_word(j + 2)
            {
                return None;
            }
            words += 1;
            j += 2; // the letter and its full stop
            continue;
        }
        if ctx.is_name_word(j) {
            // An all-capitals word is a name only after a given name ("Jan FARZAN").
            if words == 0 && tokens[j].is_all_caps() {
                break;
            }
            // In Kazakh a name takes its case on its last word ("Бауыржан Момышұлының",
            // "Абайдан"): a word in a case ends the name ("Вера Тимофееваның Өскеменде", in
            // Oskemen); one in the locative, which names do not take, is no part of it after
            // two words ("Асқар Мамин Лондонда …"); one in a clause's case starts none before
            // another name word ("Шарада Денистің …", at the event), unless that word is
            // shaped like a family name, since given names may end as a case does ("Дариға
            // Назарбаева", "Берден Базаров"), and never in "-дағы" ("Франциядағы Лувр").
            let kazakh = ctx.kazakh && !tokens[j].text.is_ascii();
            let possessor = kazakh && kazakh_possessor(tokens[j].text);
            let cased = kazakh && (possessor || lexicon::kazakh_clause_case(&tokens[j]));
            // Nor is a word with "our" ("Тұңғыш Президентіміз", our First President; "Ата
            // Заңымыз", our Constitution).
            let ours = possessor && ["ымыз", "іміз"].iter().any(|e| tokens[j].text.ends_with(e));
            if ours || cased && words >= 2 && lexicon::kazakh_locative(&tokens[j]) {
                break;
            }
            if cased
                && words == 0
                && !possessor
                && ctx.is_name_word(j + 1)
                && (lexicon::in_a_place(tokens[j].text)
                    || !looks_like_family_name(tokens[j + 1].text))
            {
                break;
            }
            words += 1;
            last_name_word = Some(j);
            j += 1;
            // (A patronymic may follow a family name in a case: "Искакова Баянның
            // Мұратқызының".)
            if cased && words > 1 && !tokens.get(j).is_some_and(|t| patronymic_word(t.text)) {
                break;
            }
            continue;
        }
        // One or two particles before a name word ("de Bodinat", "van der Berg").
        if words > 0 && PARTICLES_SET.contains(tokens[j].text) {
            let next = if tokens
                .get(j + 1)
                .is_some_and(|t| PARTICLES_SET.contains(t.text))
            {
                j + 2
            } else {
                j + 1
            };
            if next < tokens.len() && ctx.is_name_word(next) {
                j = next;
                continue;
            }
        }
        break;
    }
    // A family name with its initials after it, as official texts write it ("Mukhamedzhanova
    // G.", "Галымжанов Е.А."): the name is the family name and its initials, whatever
    // capitalised words come before it ("Division Mukhamedzhanova G.").
    if let Some(k) = last_name_word
        && ctx.is_initial(k + 1)
        && !ctx.in_org[k + 1]
    {
        let mut end = k + 3;
        if ctx.is_initial(end) && !tokens[end].space_before {
            end += 2;
        }
        // (Not a given name and a middle initial: "Martin T. Sosnoff", even across a line.)
        if family_then_initials(tokens, &(k..end))
            && !ctx.name_word.get(end).copied().unwrap_or(false)
        {
            return Some(k..end);
        }
    }
    let end = last_name_word? + 1;
    // A run must end on a name word, not an initial.
    (end > i).then_some(two_cyrillic_names(tokens, i..end).unwrap_or(i..end))
}

/// Is `run` a family name followed by its initials ("Sarsenbayev A.", "Галымжанов Е.А."), the
/// first initial apart from the name?
fn family_then_initials(tokens: &[Token], run: &Range<usize>) -> bool {
    let k = run.start;
    let initials = run.len().saturating_sub(1) / 2;
    // Two initials only in Cyrillic: Latin "S.A.", "U.N.", "R.I." after a word are
    // abbreviations ("Petrofina S.A.", "Greenwich R.I.").
    let most = if tokens[k].text.is_ascii() { 1 } else { 2 };
    run.len() == 1 + 2 * initials
        && (1..=most).contains(&initials)
        && (0..initials).all(|n| is_initial(tokens, k + 1 + 2 * n))
        && tokens[k + 1].space_before
        && tokens[k].is_title_case()
        && looks_like_family_name(tokens[k].text)
}

/// The first of two Russian or Kazakh names written one after the other, each a given and a
/// family name ("Қасым-Жомарт Тоқаев Нұрсұлтан Назарбаевтың …", Tokayev [mentioned]
/// Nazarbayev's …): the run of four capitalised words is cut after the first family name. Not
/// when the second word is a patronymic ("Нұрсұлтан Әбішұлы Назарбаев …"), the third is shaped
/// like a family name too, or the fourth is a patronymic (a role, then a family name, a given
/// name and a patronymic: "Акушерка Искакова Баянның Мұратқызының").
fn two_cyrillic_names(tokens: &[Token], run: Range<usize>) -> Option<Range<usize>> {
    // (Most runs are English, and short: ruled out without a look at their words.)
    if tokens[run.start].text.is_ascii() || run.len() < 4 {
        return None;
    }
    let mut words = run.clone().filter(|&k| tokens[k].is_word());
    let (Some(first), Some(family), Some(given), Some(second_family), None) = (
        words.next(),
        words.next(),
        words.next(),
        words.next(),
        words.next(),
    ) else {
        return None;
    };
    let words = [first, family, given, second_family];
    let cyrillic_title_case = words
        .iter()
        .all(|&k| tokens[k].is_title_case() && tokens[k].text.chars().any(is_cyrillic));
    (cyrillic_title_case
        && looks_like_family_name(tokens[family].text)
        && !patronymic_word(tokens[family].text)
        && !looks_like_family_name(tokens[given].text)
        && looks_like_family_name(tokens[second_family].text)
        && !patronymic_word(tokens[second_family].text))
    .then_some(run.start..family + 1)
}

/// Does the text give evidence that the run at `run` is a person?
fn has_evidence(ctx: &Context, run: &Range<usize>) -> bool {
    let tokens = ctx.tokens;
    let words = word_count(tokens, run);
    let has_initial = (run.start..run.end).any(|k| is_initial(tokens, k));
    let title_before = direct_title_before(tokens, run.start);
    // A place of two or more words is no one, whatever surrounds it.
    if is_place_run(tokens, run) {
        return false;
    }
    if words == 1 {
        // A single word needs a personal title right before it: after "Mr" or "Dr" any name
        // ("Mr Jackson"), after a title of office one shaped like a family name ("President
        // Tokayev", not "General Assembly").
        return title_before
            && (honorific_before(tokens, run.start)
                || looks_like_family_name(tokens[run.start].text)
                || office_before(tokens, run));
    }
    // Russian and Kazakh capitalise only proper names inside a sentence: two or three
    // capitalised words in a row that are not a place or a body are a person's name, unless
    // the first word only opens the sentence, owns the next ("Данияның Копенгаген …", the
    // Copenhagen of Denmark) or the words are adjectives.
    if words <= 3
        && tokens[run.clone()]
            .iter()
            .filter(|t| t.is_word())
            .all(|t| t.is_title_case() && t.text.chars().any(is_cyrillic))
        && !declined_opener(tokens, run.start)
        && !kazakh_possessor(tokens[run.start].text)
        && !adjectives(tokens, run)
    {
        return true;
    }
    if has_initial
        && words >= 2
        && (!abbreviation(tokens, run) || family_then_initials(tokens, run))
    {
        return true;
    }
    let last = &tokens[run.end - 1];
    // "Jan FARZAN": a family name in capitals after a given name (not "Windows XP").
    let vowels = last
        .text
        .chars()
        .filter(|c| "AEIOUYАЕЁИОУЫЭЮЯ".contains(*c))
        .count();
    if last.is_all_caps()
        && last.text.chars().count() >= 3
        && vowels > 0
        && tokens[run.start].is_title_case()
    {
        return true;
    }
    if title_before || role_before(tokens, run) || role_after(tokens, run.end) {
        return true;
    }
    // "… included Pierre Ducasse of the International Organisation of Employers": a name
    // within a sentence, of a body, is its member's.
    // (At a sentence's start too, when no word is a role's or a plural: "Luisa Carvalho of the
    // European Trade Union Confederation pointed out …", not "Member States of the ILO".)
    let opens_as_name = || {
        !sentence_start(tokens, run.start)
            || tokens[run.clone()].iter().filter(|t| t.is_word()).all(|t| {
                !is_role(t)
                    && !is_title_word(t)
                    && !lexicon::SENTENCE_WORDS.contains(&t.text)
                    && !t.text.ends_with('s')
            })
    };
    if (2..=3).contains(&words)
        && tokens[run.clone()]
            .iter()
            .filter(|t| t.is_word())
            .all(|t| t.is_title_case())
        && tokens.get(run.end).is_some_and(|t| t.text == "of")
        && opens_as_name()
    {
        let at =
            run.end + 1 + usize::from(tokens.get(run.end + 1).is_some_and(|t| t.text == "the"));
        if ctx.in_org.get(at).copied().unwrap_or(false) {
            return true;
        }
    }
    if words == 2 && speech_after_word(tokens, run.end) && after_quote(tokens, run.start) {
        // "“…,” Luc Smith said."
        return true;
    }
    let next = tokens.get(run.end).map(|t| t.lower());
    let prev = run.start.checked_sub(1).map(|k| tokens[k].lower());
    let prev2 = run.start.checked_sub(2).map(|k| tokens[k].lower());
    let speech_after = next
        .as_deref()
        .is_some_and(|w| SPEECH_AFTER_SET.contains(w))
        || speech_after_auxiliary(tokens, run.end);
    // A credit names who did the work: "(Reporting by …; Editing by …)", "By …" opening a line.
    let credit = words >= 2
        && prev.as_deref() == Some("by")
        && (prev2.as_deref().is_some_and(|w| CREDITED_WORK.contains(&w))
            || run.start == 1
            || tokens[run.start - 1].break_before);
    let speech_before = credit
        || prev
            .as_deref()
            .is_some_and(|w| STRONG_BEFORE_SET.contains(w))
        || (prev.as_deref() == Some("to") && prev2.as_deref() == Some("according"));
    let shape = looks_like_family_name(last.text) || words == 3 && is_patronymic(tokens, run);
    let weak_before = prev
        .as_deref()
        .is_some_and(|w| SPEECH_BEFORE_SET.contains(w));
    speech_before
        || (speech_after && (shape || words >= 2 && !sentence_start(tokens, run.start)))
        || (shape && (weak_before || speech_after || words >= 2))
}

/// At the start of a sentence the first word is capitalised anyway, and a Russian name there is
/// the subject, in the nominative, which does not end in е, у, ю or ы, nor in -но like an
/// adverb: "Накануне Обама …" (on the eve), "Согласно Конституции …", "Бойцы …" are no one.
/// (Names transliterated into -и or -о, "Тони Блэр", "Ратко Младич", stay names.)
fn declined_opener(tokens: &[Token], start: usize) -> bool {
    sentence_start(tokens, start) && {
        let first = tokens[start].text;
        !first.chars().any(crate::analysis::is_kazakh_letter)
            && (first.ends_with(['е', 'у', 'ю', 'ы']) || first.ends_with("но"))
    }
}

/// Does a Kazakh word end in the genitive or in "our" ("Данияның", of Denmark; "Мемлекетіміз",
/// our state)? A given name before a family name takes neither: the family name takes the
/// case ("Бауыржан Момышұлының").
fn kazakh_possessor(word: &str) -> bool {
    [
        "ның", "нің", "дың", "дің", "тың", "тің", "ымыз", "іміз", "мыз", "міз",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// Are the first and last words of `run` Russian adjectives? "Великой Отечественной (войны)",
/// the Great Patriotic (War), is no one. The first word is not tested against -ий, which ends
/// many given names ("Юрий"), nor against a plain -ой or -ей, which ends a given name in the
/// instrumental ("со Светланой Костицыной").
fn adjectives(tokens: &[Token], run: &Range<usize>) -> bool {
    let shaped = |word: &str, endings: &[&str]| endings.iter().any(|e| word.ends_with(e));
    let first = tokens[run.start].text;
    let last = tokens[run.end - 1].text;
    (shaped(first, lexicon::RUSSIAN_ADJECTIVE_ENDINGS) || first.ends_with("кой"))
        && (shaped(last, lexicon::RUSSIAN_ADJECTIVE_ENDINGS) || shaped(last, &["ий", "ой"]))
}

/// Right after the end of a quotation: "“…,” Luc Smith said".
fn after_quote(tokens: &[Token], start: usize) -> bool {
    start >= 1
        && ["”", "\"", "’", "»"]
            .iter()
            .any(|q| tokens[start - 1].is(q))
}

/// "U.S.", "U.K.", "E.U." before a word are abbreviations, not initials; so is a run whose
/// last word takes a full stop and then a comma or a bracket ("CLARKSBURG, W.Va., Feb 26",
/// "(D-W.Va.)"): a sentence's full stop is followed by neither.
fn abbreviation(tokens: &[Token], run: &Range<usize>) -> bool {
    let initials = (run.start..run.end)
        .filter(|&k| is_initial(tokens, k))
        .count();
    let last = &tokens[run.end - 1];
    let abbreviated = !matches!(last.text, "Jr" | "Sr")
        && tokens
            .get(run.end)
            .is_some_and(|t| t.is(".") && !t.space_before)
        && tokens
            .get(run.end + 1)
            .is_some_and(|t| t.is(",") || t.is(")"));
    abbreviated
        || initials >= 2
            && tokens
                .get(run.start)
                .is_some_and(|t| matches!(t.text, "U" | "E"))
        || last.is_all_caps()
        || !last.is_title_case()
}

/// A word of speech after "has" or "had" (and perhaps "also"): "Michael Howard has said",
/// "Jane Smith had also warned". Only words that firms seldom take: a firm "has agreed",
/// "has announced" or "has received" as often as anyone.
fn speech_after_auxiliary(tokens: &[Token], end: usize) -> bool {
    let word = |k: usize| tokens.get(k).filter(|t| t.is_word()).map(|t| t.text);
    if !matches!(word(end), Some("has" | "had")) {
        return false;
    }
    let verb = if word(end + 1) == Some("also") {
        end + 2
    } else {
        end + 1
    };
    word(verb).is_some_and(|w| {
        matches!(
            w,
            "said"
                | "told"
                | "warned"
                | "insisted"
                | "argued"
                | "admitted"
                | "stressed"
                | "urged"
                | "accused"
                | "vowed"
        )
    })
}

fn speech_after_word(tokens: &[Token], end: usize) -> bool {
    tokens
        .get(end)
        .is_some_and(|t| STRONG_AFTER_SET.contains(&t.lower()))
}

/// Speech verbs after a name that are evidence on their own.
const STRONG_AFTER: &[&str] = &[
    "said",
    "says",
    "noted",
    "stressed",
    "emphasized",
    "emphasised",
    "added",
    "told",
    "stated",
    "explained",
    "underlined",
    "underscored",
    "announced",
    "commented",
    "remarked",
    "recalled",
    "urged",
    "warned",
    "insisted",
    "argued",
    "replied",
    "declared",
];

pub(super) fn sentence_start(tokens: &[Token], i: usize) -> bool {
    i == 0
        || tokens[i].break_before
        || tokens[i - 1].is(".")
        || tokens[i - 1].is("!")
        || tokens[i - 1].is("?")
        || tokens[i - 1].is("“")
        || tokens[i - 1].is("\"")
}

pub(super) fn looks_like_family_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower.chars().any(is_cyrillic) {
        // "Воробьёв" is spelt with "ё" or "е" alike. (Seldom with "ё": no copy for the rest.)
        let lower = if lower.contains('ё') {
            std::borrow::Cow::Owned(lower.replace('ё', "е"))
        } else {
            std::borrow::Cow::Borrowed(lower.as_str())
        };
        // Russian and Kazakh names decline: look at the name without its case ending.
        let base = uninflected(&lower);
        return base.chars().count() >= 4
            && CYRILLIC_SURNAME_ENDINGS
                .iter()
                .any(|e| base.ends_with(e) && base.len() > e.len() + 2);
    }
    lower.chars().count() >= 4
        && SURNAME_ENDINGS
            .iter()
            .any(|e| lower.ends_with(e) && lower.len() > e.len() + 1)
}

/// Surname and patronymic endings in Cyrillic.
const CYRILLIC_SURNAME_ENDINGS: &[&str] = &[
    "ов",
    "ова",
    "ев",
    "ева",
    "ин",
    "ина",
    "ұлы",
    "қызы",
    "ович",
    "евич",
    "овна",
    "евна",
    "ский",
    "ская",
    "цкий",
    "цкая",
    "енко",
    "бек",
    "бекова",
    "уулу",
    "улы",
    "кызы",
];

/// Case endings a declined name may carry (Kazakh, then Russian), longest first.
const CASE_ENDINGS: &[&str] = &[
    "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды",
    "ді", "ты", "ті", "да", "де", "та", "те", "нан", "нен", "дан", "ден", "тан", "тен", "мен",
    "бен", "пен", "ой", "ым", "ом", "ого", "ому", "ем", "у", "е",
];

/// A declined name without its case ending ("Тоқаевтың" → "тоқаев", "Жакуповой" → "жакупова"
/// is not recovered, but "жакупов" still ends like a surname).
fn uninflected(lower: &str) -> String {
    let mut endings: Vec<&&str> = CASE_ENDINGS
        .iter()
        .filter(|e| lower.ends_with(**e))
        .collect();
    endings.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
    match endings.first() {
        Some(e) if lower.chars().count() - e.chars().count() >= 4 => {
            lower[..lower.len() - e.len()].to_string()
        }
        _ => lower.to_string(),
    }
}

fn is_cyrillic(c: char) -> bool {
    crate::analysis::is_cyrillic(c)
}

/// Role words in Russian and Kazakh, as stems: every declined form starts with one.
const CYRILLIC_ROLES: &[&str] = &[
    "министр",
    "вице-министр",
    "председател",
    "президент",
    "глава",
    "главы",
    "директор",
    "руководител",
    "заместител",
    "аким",
    "әкім",
    "депутат",
    "сенатор",
    "секретар",
    "хатшы",
    "посол",
    "елші",
    "спикер",
    "эксперт",
    "сарапшы",
    "премьер",
    "төраға",
    "басшы",
    "орынбасар",
    "мэр",
    "губернатор",
    "генерал",
    "профессор",
    "корреспондент",
    "тілші",
    "әріптес",
    "маман",
    "дәрігер",
    "мұғалім",
    "қызметкер",
    "бастығ",
    "журналист",
    "советник",
    "кеңесші",
    "омбудсмен",
    "уполномоченн",
    "представител",
    "өкіл",
    "господин",
    "госпожа",
    "мырза",
    "ханым",
    "начальник",
    "спикер",
    "лидер",
    "жетекші",
    "судья",
    "прокурор",
    "ректор",
    "академик",
    "адвокат",
    "юрист",
];

/// Is this word a title or role, in any of the three languages?
fn is_role(t: &Token) -> bool {
    if !t.is_word() {
        return false;
    }
    let lower = t.lower();
    ROLES_SET.contains(&lower)
        || (lower.chars().any(is_cyrillic) && CYRILLIC_ROLES.iter().any(|r| lower.starts_with(r)))
}

fn is_patronymic(tokens: &[Token], run: &Range<usize>) -> bool {
    tokens[run.clone()]
        .iter()
        .filter(|t| t.is_word())
        .skip(1)
        .any(|t| patronymic_word(t.text))
}

/// Does `word` end like a patronymic ("Ivanovich", "Әбішұлы", "Мұратқызының")?
pub(super) fn patronymic_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    // Kazakh forms take their case after the patronymic ("Серікұлының").
    let base = uninflected(&lower);
    if ["uly", "kyzy", "ұлы", "қызы", "улы", "кызы"]
        .iter()
        .any(|e| base.ends_with(e) || lower.ends_with(e))
    {
        return true;
    }
    // Russian ones decline like nouns: "Петрович", "Петровича", "Петровичем"; "Петровна",
    // "Петровны", "Петровной".
    let stem = ["ем", "ой", "ою", "а", "у", "е", "ы"]
        .iter()
        .find_map(|e| lower.strip_suffix(e))
        .unwrap_or(&lower);
    [
        "ovich", "evich", "ich", "ovna", "evna", "ович", "евич", "ич",
    ]
    .iter()
    .any(|e| lower.ends_with(e) || stem.ends_with(e))
        || ["ovn", "evn", "овн", "евн", "ичн"]
            .iter()
            .any(|e| stem.ends_with(e))
}

/// "President Tokayev", "Mr Jan FARZAN", "Dr. Smith", "Minister M.Abylkasymova".
fn direct_title_before(tokens: &[Token], start: usize) -> bool {
    let mut k = start;
    if k >= 1 && tokens[k - 1].is(".") {
        k -= 1;
    }
    k >= 1
        && (PERSONAL_TITLES_SET.contains(&tokens[k - 1].lower())
            || (tokens[k - 1].text.chars().any(is_cyrillic) && is_role(&tokens[k - 1])))
}

/// A title of office that only a person's name follows, right before a one-word run that ends
/// the capitalised words ("President Reagan", "Director-General Houngbo", "Chancellor Kohl
/// said"). Not "General", "Deputy" or "Judge", which start bodies and titles too ("General
/// Assembly", "Deputy Minister"), nor before a longer name ("President Kennedy Airport").
fn office_before(tokens: &[Token], run: &Range<usize>) -> bool {
    let word = &tokens[run.start];
    let Some(title) = run.start.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    word.is_title_case()
        && matches!(
            &*title.lower(),
            "president"
                | "minister"
                | "senator"
                | "ambassador"
                | "akim"
                | "governor"
                | "mayor"
                | "premier"
                | "chairman"
                | "chairwoman"
                | "chancellor"
                | "professor"
                | "director-general"
                | "secretary-general"
        )
        && tokens.get(run.end).is_none_or(|t| {
            // ("(Prime Minister Yasuhiro) Nakasone", "President Daniel arap Moi".)
            let name_goes_on = if t.is_word() {
                t.is_capitalized() || PARTICLES_SET.contains(t.text) || t.text == "arap"
            } else {
                t.is(")")
            };
            !name_goes_on
        })
}

/// A personal title or an honorific ("Mr", "President", "Prince"): never a given name.
fn is_title_word(t: &Token) -> bool {
    PERSONAL_TITLES_SET.contains(&t.lower()) || OTHER_HONORIFICS.contains(&t.text)
}

/// Titles and labels that stand before a name of two words without being part of it, where
/// three capitalised words could otherwise be read as one name ("said Baroness Susan
/// Greenfield", "said Treasurer Peter Costello").
const NOT_FIRST_OF_THREE: &[&str] = &[
    "Baroness",
    "Baron",
    "Dame",
    "Lord",
    "Lady",
    "Treasurer",
    "Tory",
    "Tories",
    "Labour",
    "Reverend",
    "Rev",
    "Father",
    "Brother",
    "Sister",
    "Imam",
    "Rabbi",
    "Bishop",
    "Archbishop",
];

/// Honorifics that take a full stop as an abbreviation ("Mr.", "Dr.").
const ABBREVIATED_HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr"];

/// Honorifics written without one ("Miss." is Mississippi: "Meridian, Miss. Terms were not
/// disclosed"), and royal and religious titles ("King Fahd", "Pope John Paul").
const OTHER_HONORIFICS: &[&str] = &[
    "Miss", "Sir", "Madam", "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Pope",
];

/// An honorific right before `start`: what only a person's name follows, so that any
/// capitalised word after it is one ("Mr Jackson").
fn honorific_before(tokens: &[Token], start: usize) -> bool {
    let Some(before) = start.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    if before.is(".") {
        return start >= 2 && ABBREVIATED_HONORIFICS.contains(&tokens[start - 2].text);
    }
    ABBREVIATED_HONORIFICS.contains(&before.text) || OTHER_HONORIFICS.contains(&before.text)
}

/// A role earlier in the same clause, with only the body it belongs to between it and the name:
/// "Minister of Labor and Social Protection of the Republic of Kazakhstan Madina Abylkasymova",
/// "the chairman of the Federation of Trade Unions, Bugytzhan Abdirayim". Not a role whose
/// "of" or "at" a run of two words follows at once: that run is what the role belongs to
/// ("editor of the Daily Telegraph", "analyst at Merrill Lynch"). (A longer run starts with the
/// body's own words, which the name is trimmed of: "Minister of Planning Joao Sayad".)
fn role_before(tokens: &[Token], run: &Range<usize>) -> bool {
    // A capitalised word right after the run that is not part of it (nor a day, as in "Nigel
    // Lawson Tuesday said"): the run starts a longer name, a body's ("chief of FAO's Global
    // Information and Early Warning System"). (Not in Cyrillic, where a place in the locative
    // may follow a name.)
    if tokens.get(run.end).is_some_and(|t| {
        t.is_word()
            && t.is_capitalized()
            && t.text.is_ascii()
            && !t.break_before
            && !lexicon::CALENDAR_WORDS.contains(&t.text)
            && !lexicon::SENTENCE_WORDS.contains(&t.text)
            && !lexicon::is_place_token(t)
    }) {
        return false;
    }
    let start = run.start;
    let mut k = start;
    let mut steps = 0;
    while k > 0 && steps < 30 {
        k -= 1;
        steps += 1;
        let t = &tokens[k];
        if tokens[k + 1].break_before {
            return false;
        }
        if is_role(t) {
            // Only "of" or "at" (and articles) between the role and a short run: the run is
            // what the role belongs to.
            let between = &tokens[k + 1..start];
            let governs = word_count(tokens, run) <= 2
                && between.iter().any(|t| matches!(t.text, "of" | "at"))
                && between
                    .iter()
                    .all(|t| matches!(t.text, "of" | "at" | "the" | "a" | "an"));
            return !governs;
        }
        // Russian and Kazakh write the body a role belongs to in lower case ("министр труда
        // и социальной защиты населения Светлана …").
        let cyrillic_word = t.is_word() && t.text.chars().any(is_cyrillic);
        if cyrillic_word && steps <= 12 {
            continue;
        }
        let function_word = t.is_word()
            && matches!(
                t.text,
                "of" | "the" | "and" | "for" | "on" | "in" | "at" | "to" | "a"
            );
        let joiner = ["(", ")", "–", "—", "-", "’s", "'s"]
            .iter()
            .any(|p| t.is(p));
        // A comma only right before the name ("…, Bugytzhan Abdirayim"), or before the words
        // that describe it ("director, Tunisian-born Abdellatif Kechiche").
        let comma_before_name =
            t.is(",") && tokens[k + 1..start].iter().all(|t| describes_name(t.text));
        if !(t.is_capitalized() || function_word || joiner || comma_before_name) {
            return false;
        }
    }
    false
}

/// A role in apposition after the name: "Satybaldy Dauletalin, Chairman of …", "Serik
/// Shapkenov, Kazakh Labor and Social Protection of People Minister,", "(Minister …)".
fn role_after(tokens: &[Token], end: usize) -> bool {
    let Some(first) = tokens.get(end) else {
        return false;
    };
    if first.is_word() && matches!(first.text, "is" | "was" | "became" | "remains" | "remained") {
        return role_after_copula(tokens, end + 1);
    }
    if !(first.is(",") || first.is("(") || first.is("–") || first.is("—")) {
        return false;
    }
    // Up to two lower-case words may say what kind ("a migration specialist", "a ministry
    // official"), right after the article.
    let mut modifiers = 0;
    let mut after_article = false;
    for t in tokens.iter().skip(end + 1).take(14) {
        if is_role(t) {
            return true;
        }
        if after_article
            && modifiers < 2
            && t.is_word()
            && t.text.chars().all(|c| c.is_lowercase() || c == '-')
        {
            modifiers += 1;
            continue;
        }
        after_article = t.is_word() && matches!(t.text, "a" | "an");
        let continues = t.is_capitalized()
            || (t.is_word()
                && matches!(
                    t.text,
                    "of" | "the"
                        | "and"
                        | "for"
                        | "a"
                        | "an"
                        | "senior"
                        | "former"
                        | "acting"
                        | "first"
                        | "deputy"
                        | "vice"
                        | "executive"
                        | "general"
                        | "chief"
                        | "national"
                        | "regional"
                ));
        if !continues {
            return false;
        }
    }
    false
}

/// A role after "is", "was" or "became" (at `start`), with at most a few words that qualify
/// it between: "Amit Yoran was director of …", "… is also the deputy chairman".
fn role_after_copula(tokens: &[Token], start: usize) -> bool {
    for t in tokens.iter().skip(start).take(4) {
        if is_role(t) {
            return true;
        }
        let qualifies = t.is_word()
            && matches!(
                t.text,
                "the"
                    | "a"
                    | "an"
                    | "also"
                    | "now"
                    | "then"
                    | "still"
                    | "formerly"
                    | "former"
                    | "acting"
                    | "deputy"
                    | "vice"
                    | "senior"
                    | "chief"
                    | "executive"
                    | "general"
                    | "first"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
            );
        if !qualifies {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::organizations;
    use crate::extract::tokens::Text;

    fn people(text: &str) -> Vec<&str> {
        let source = Text::new(text);
        let tokens = source.tokenize();
        let orgs: Vec<Range<usize>> = organizations::find(&tokens)
            .into_iter()
            .map(|m| m.tokens)
            .collect();
        let ctx = Context::new(text, &tokens, &orgs);
        find(&ctx).into_iter().map(|m| &text[m.span]).collect()
    }

    #[test]
    fn an_outlet_told_is_no_person() {
        assert!(people("\"We will not go back,\" the chairman told Steppe Wire.").is_empty());
        assert!(people("Collins told Radio Five Live on Monday.").is_empty());
        assert_eq!(
            people("Virgin Radio DJ Pete Mitchell said the year was good."),
            ["Pete Mitchell"]
        );
    }

    #[test]
    fn an_initial_joined_to_a_family_name_starts_the_name() {
        assert_eq!(
            people(
                "It was headed by Vice Minister of Emergency Situations K.Baimukhanov on Monday."
            ),
            ["K.Baimukhanov"]
        );
        assert_eq!(
            people("Выступил глава Генпрокуратуры РФ Ю.Синдеев на заседании."),
            ["Ю.Синдеев"]
        );
        // Middle initials written together stay in the name.
        assert_eq!(
            people("Chairman Anthony J.F. O'Reilly said on Monday."),
            ["Anthony J.F. O'Reilly"]
        );
    }

    #[test]
    fn a_russian_abstract_noun_is_no_given_name() {
        assert!(people("Предложение Сулейменова поддержали депутаты.").is_empty());
        assert_eq!(
            people("Руководство компании и Ерлан Сулейменов встретились."),
            ["Ерлан Сулейменов"]
        );
        assert_eq!(
            people("С заявлением выступила Ксения Евгеньевна Соболева."),
            ["Ксения Евгеньевна Соболева"]
        );
    }

    #[test]
    fn a_name_of_a_body_is_its_members() {
        assert_eq!(
            people(
                "The mission included Pierre Ducasse of the International Organisation of Employers and Kwame Mensah-Boateng of the International Trade Union Confederation."
            ),
            ["Pierre Ducasse", "Kwame Mensah-Boateng"]
        );
        // At a sentence's start too, but no place, role or plural.
        assert_eq!(
            people(
                "Unions were critical. Luisa Carvalho of the European Trade Union Confederation spoke."
            ),
            ["Luisa Carvalho"]
        );
        assert!(people("Eastern Europe of the ILO is a region.").is_empty());
        assert!(people("Member States of the ILO voted.").is_empty());
        assert!(people("Deputy Director of the ILO spoke.").is_empty());
    }

    #[test]
    fn a_kazakh_head_noun_is_no_name() {
        assert!(
            !people("Ресей Президенті Путин Медведев Үкіметіне тапсырма берді.")
                .iter()
                .any(|p| p.contains("Үкімет"))
        );
        assert_eq!(people("Кеңес Рақышев мәлімдеді."), ["Кеңес Рақышев"]);
    }

    #[test]
    fn a_name_in_an_address_is_no_common_word() {
        assert_eq!(
            people("Write to m.iskakova@elpi.kz. Later Dr. Madina Iskakova said so."),
            ["Madina Iskakova"]
        );
        // A word in lower case elsewhere still is one.
        assert!(people("Dr. Labor said so. The labor market grew.").is_empty());
    }

    #[test]
    fn a_credit_names_who_did_the_work() {
        assert_eq!(
            people("(Reporting by Mariya Gordeyeva; Editing by Peter Hallworth)"),
            ["Mariya Gordeyeva", "Peter Hallworth"]
        );
        assert_eq!(people("By Aruzhan Zhanibekova"), ["Aruzhan Zhanibekova"]);
        // A family name in capitals, as bylines write it, on a line of its own.
        assert_eq!(people("By Jan FARZAN"), ["Jan FARZAN"]);
        assert_eq!(people("Жалақы өсті.\n\nЕрлан ҚАЙЫРКЕН"), ["Ерлан ҚАЙЫРКЕН"]);
        assert_eq!(
            people("Deputy Minister Aizada Bakyt kyzy met Vice Minister Zh. Sarsenbayeva."),
            ["Aizada Bakyt kyzy", "Zh. Sarsenbayeva"]
        );
        // A newsroom's signature is no one.
        for signature in ["By Staff Reporter", "By Our Correspondent", "By News Desk"] {
            assert!(people(signature).is_empty(), "{signature}");
        }
        // "by" after other words is no credit.
        assert!(people("The plan was approved by Parliament Speaker.").is_empty());
    }

    #[test]
    fn a_text_may_end_in_a_role() {
        // (The word after the role was looked at past the last token.)
        assert!(people("The report was filed. Manager").is_empty());
    }

    #[test]
    fn russian_names_with_patronymics_in_any_case() {
        assert_eq!(
            people("Уполномоченный Гульмира Ахметжановна Ибраева заявила, что."),
            ["Гульмира Ахметжановна Ибраева"]
        );
        assert_eq!(
            people("По данным руководителя Асхата Беркинбаевича Жолдасова, большинство."),
            ["Асхата Беркинбаевича Жолдасова"]
        );
        assert_eq!(
            people("Экономист Тимур Бекович Абилов считает, что."),
            ["Тимур Бекович Абилов"]
        );
    }

    #[test]
    fn a_role_after_the_name_with_words_saying_what_kind() {
        assert_eq!(
            people("Zeynep Arslan, a migration specialist at the IOM, said it works."),
            ["Zeynep Arslan"]
        );
        assert_eq!(
            people("Aizhan Tokhtarova-Kim, a Korean-Kazakh interpreter who helps migrants, said."),
            ["Aizhan Tokhtarova-Kim"]
        );
        assert_eq!(
            people("Kim Jae-won, a ministry official, said it works."),
            ["Kim Jae-won"]
        );
        // More than two such words are a clause, not a role.
        assert!(people("Gold Street, a very busy shopping street official said.").is_empty());
    }

    #[test]
    fn particles_between_given_and_family_name() {
        assert_eq!(
            people("\"It could slow growth,\" said Henri de Bodinat, an analyst."),
            ["Henri de Bodinat"]
        );
        assert_eq!(
            people("The talks were led by Jan van der Berg, the envoy."),
            ["Jan van der Berg"]
        );
        assert_eq!(
            people("Prince Al-Walid bin Talal said he would buy shares."),
            ["Al-Walid bin Talal"]
        );
    }

    #[test]
    fn names_listed_with_a_person_are_people() {
        assert_eq!(
            people("It was attended by Aigerim Bekova, Nurlan Sadykov and Peter Schmidt."),
            ["Aigerim Bekova", "Nurlan Sadykov", "Peter Schmidt"]
        );
        assert_eq!(
            people("Встречу провели Мария Петрова и Олег Смирнов."),
            ["Мария Петрова", "Олег Смирнов"]
        );
        // Not a role in the list, nor a word that describes the next.
        assert_eq!(
            people("It said Ayan Ospanov, Special Assistant on labour, spoke."),
            ["Ayan Ospanov"]
        );
        assert_eq!(
            people("Guests were Aigerim Bekova and Grammy Award-winning singers."),
            ["Aigerim Bekova"]
        );
        // Without a person in the list, two capitalised words stay what they were.
        assert!(people("It was attended by Peter Schmidt and Maria Lund.").is_empty());
    }

    #[test]
    fn three_names_after_said_or_by_are_one_person() {
        assert_eq!(
            people("\"It works,\" said Ana Lucía Moreno, chief of the mission."),
            ["Ana Lucía Moreno"]
        );
        assert_eq!(
            people("\"Prices will rise,\" says Juan Carlos Pugliese, an economist."),
            ["Juan Carlos Pugliese"]
        );
        // A title, a demonym or a place before two names is not part of the name.
        assert_eq!(
            people("\"It works,\" said Baroness Susan Greenfield."),
            ["Susan Greenfield"]
        );
        assert_eq!(
            people("\"We won,\" said Australian Lynton Crosby."),
            ["Lynton Crosby"]
        );
        // A given name that is also a city's.
        assert_eq!(
            people("\"It works,\" said Sofia Lund, an expert."),
            ["Sofia Lund"]
        );
    }

    #[test]
    fn a_family_name_with_its_initials_after_it() {
        assert_eq!(
            people("The Head of the Division Mukhamedzhanova G. opened the seminar."),
            ["Mukhamedzhanova G."]
        );
        assert_eq!(
            people("Выступил министр национальной экономики Галымжанов Е.А. на совещании."),
            ["Галымжанов Е.А."]
        );
        // Abbreviations after a word, and a middle initial, are not this shape.
        assert!(people("shares of Petrofina S.A. rose, Greenwich R.I. said").is_empty());
        assert_eq!(
            people("the investor Martin T. Sosnoff said"),
            ["Martin T. Sosnoff"]
        );
    }

    #[test]
    fn roles_before_names_with_their_body() {
        assert_eq!(
            people(
                "The State Secretary of the Republic of Kazakhstan Aigerim Zhunusova, the Minister of Energy of Kazakhstan Nurlan Bekov and the national coordinator of the International Labor Organization in Kazakhstan Dana Serikova took part."
            ),
            ["Aigerim Zhunusova", "Nurlan Bekov", "Dana Serikova"]
        );
        assert_eq!(
            people(
                "The congress was opened by the chairman of the Federation of Trade Unions of the Republic of Kazakhstan, Yerlan Abd\u{456}rov, who spoke."
            ),
            ["Yerlan Abd\u{456}rov"]
        );
        assert_eq!(
            people(
                "Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan Askar Temirov met the Director-General of the International Labor Organization (ILO), Pierre L. Martin, who arrived."
            ),
            ["Askar Temirov", "Pierre L. Martin"]
        );
    }

    #[test]
    fn a_firm_named_after_people_is_no_one() {
        // Reuters: the firm's full name, then its short one. Without the full name in the text,
        // the initials make the short one a person's name.
        assert_eq!(
            people("S.G. Warburg said demand was strong."),
            ["S.G. Warburg"]
        );
        assert_eq!(
            people("S.G. Warburg and Co Ltd led the issue. S.G. Warburg said demand was strong."),
            Vec::<&str>::new()
        );
        assert_eq!(
            people("J.P. Morgan said it would lend, and J.P. Morgan and Co shares rose."),
            Vec::<&str>::new()
        );
        // Only a company's ending counts: a foundation named after a person leaves the person.
        assert!(
            people(
                "The Nelson Mandela Foundation opened a school. Former President Nelson Mandela said it would teach."
            )
            .contains(&"Nelson Mandela")
        );
    }

    #[test]
    fn company_endings_pass_the_quick_test() {
        for ending in organizations::COMPANY_ENDS {
            let source = Text::new(ending);
            let tokens = source.tokenize();
            assert!(tokens[0].is_capitalized(), "{ending}");
            assert!(ending.len() <= COMPANY_END_BYTES, "{ending}");
        }
    }

    #[test]
    fn banks_basins_and_the_tail_of_a_place_are_no_one() {
        for text in [
            "The bond's lead manager Banque Paribas said the issue was priced at par.",
            "The issue is co-led by Credit Lyonnais and lead manager Societe Generale said so.",
            "Cooper Basin oil producer Santos Ltd said it will bid.",
            "The Federal Reserve entered the market, a spokesman for the New York\nFed said.",
        ] {
            assert_eq!(people(text), Vec::<&str>::new(), "{text}");
        }
        // A person after a place still is one.
        assert_eq!(
            people("In New York, Fed chairman Paul Volcker said so."),
            ["Paul Volcker"]
        );
    }

    #[test]
    fn apposition_speech_and_shapes() {
        assert_eq!(
            people("Speaking at the session Arman Kuanyshev, Kazakh Labor Minister, said so."),
            ["Arman Kuanyshev"]
        );
        assert_eq!(people("“We agree,” said Laura Bianchi."), ["Laura Bianchi"]);
        assert_eq!(
            people("The mission was headed by Mr Tom HARRIS (Senior Officer)."),
            ["Tom HARRIS"]
        );
        assert_eq!(
            people("Later Minister B.Seitkali signed it."),
            ["B.Seitkali"]
        );
        assert_eq!(people("President Ermekov thanked them."), ["Ermekov"]);
    }

    #[test]
    fn later_mentions_of_an_accepted_name() {
        assert_eq!(
            people(
                "Chairman of the union, Aidos Karimov, spoke. Aidos Karimov invited guests. Karimov left. A.Karimov returned."
            ),
            ["Aidos Karimov", "Aidos Karimov", "Karimov", "A.Karimov"]
        );
    }

    #[test]
    fn russian_and_kazakh_names_side_by_side_after_openers_and_roles() {
        // Two names in a row, each a given and a family name, are two people.
        assert_eq!(
            people("Сондай-ақ Ерлан Сәрсенов Айгүл Жұмабаеваның ұсынысын қолдады."),
            ["Ерлан Сәрсенов", "Айгүл Жұмабаеваның"]
        );
        // A given name, a patronymic and a family name stay one.
        assert_eq!(
            people("Ерлан Бекұлы Сәрсенов сөйледі."),
            ["Ерлан Бекұлы Сәрсенов"]
        );
        // Words that open a Kazakh sentence, and the first words of places, are no one.
        assert!(people("Ал Алматыдағы жиында шешім қабылданды.").is_empty());
        assert!(people("Өнімдер Оңтүстік Кореяға жөнелтілді.").is_empty());
        assert!(people("Жұмысшылар Біріккен Араб Әмірліктеріне аттанды.").is_empty());
        // A lawyer is a role: the name is after it.
        assert_eq!(people("Адвокаты Иванова обжалуют приговор."), ["Иванова"]);
        assert_eq!(people("Об этом сказал адвокат Иванов."), ["Иванов"]);
    }

    #[test]
    fn not_people() {
        assert!(
            people("The new Labor Code corresponds to the standards of the ILO and the OECD.")
                .is_empty()
        );
        assert!(people("The General Agreement for 2024-2026 was signed in Astana.").is_empty());
        assert!(
            people("Kazakhstan noted the importance of the Decent Work Country Programme.")
                .is_empty()
        );
        assert!(
            people("He highly commended the State of the Nation Address “Just Kazakhstan”.")
                .is_empty()
        );
        assert!(people("In March of this year As you know, I was paid a visit.").is_empty());
        assert!(people("The Minister confirmed Kazakhstan’s commitment.").is_empty());
        // A paragraph in capitals (a wire headline) names no one; one in lower case may.
        assert!(people("MINISTER AIDOS KARIMOV SPOKE\n\nIt rained.").is_empty());
        assert_eq!(
            people("Minister Aidos Karimov spoke\n\nIT RAINED."),
            ["Aidos Karimov"]
        );
        assert!(mostly_capitals("ÉTÉ À PARIS, Ünal"));
        let long = "WORKERS STRIKE Over Pay; 2024 ".repeat(40);
        let expected = (
            long.bytes().filter(u8::is_ascii_alphabetic).count(),
            long.bytes().filter(u8::is_ascii_uppercase).count(),
        );
        assert_eq!(ascii_letters_and_capitals(long.as_bytes()), expected);
        assert_eq!(ascii_letters_and_capitals(b""), (0, 0));
        assert!(!mostly_capitals("ABCDEFG"));
        assert!(!mostly_capitals("Қазақстан Республикасы"));
        assert!(mostly_capitals("ҚАЗАҚСТАН Рес"));
        for word in [
            "labor",
            "Labor",
            "éclair",
            "Éclair",
            "ǆ",
            "ǅ",
            "қазақ",
            "Қазақ",
            "9",
            "’s",
            "",
        ] {
            let first = word.chars().next();
            assert_eq!(
                starts_in_lower_case(word),
                first.is_some_and(char::is_lowercase),
                "{word}"
            );
        }
        // A word the text also writes in lower case is a common word, not a name.
        assert_eq!(people("Minister Aidos Karimov spoke."), ["Aidos Karimov"]);
        assert!(people("Minister Aidos Karimov spoke of every karimov.").is_empty());
        // Letters of a dotted abbreviation are not initials, wherever a run would start.
        assert!(people("Funaro will see U.S. Treasury Secretary officials.").is_empty());
        assert!(people("It will raise 100 mln U.S. Dlrs by the issue.").is_empty());
        assert!(people("The U.N. Secretariat said so.").is_empty());
        assert!(people("CLARKSBURG, W.Va., Feb 26 - It said.").is_empty());
        assert_eq!(
            people("said Marvin W. Griffin Jr., its president."),
            ["Marvin W. Griffin Jr"]
        );
        assert_eq!(
            people("Majority leader Robert Byrd (D-W.Va.) wants it."),
            ["Robert Byrd"]
        );
        assert!(people("The New York Stock Exchange said it will.").is_empty());
        assert!(people("The White House said it will.").is_empty());
        assert!(people("Shares in Hong Kong said nothing.").is_empty());
        assert!(people("The Air Force said it will.").is_empty());
        assert!(people("Analysts at Warburg Securities said so.").is_empty());
        assert!(people("The Associated Press said so.").is_empty());
        assert_eq!(people("Mr Jackson denies it."), ["Jackson"]);
        assert!(people("Накануне Обама выступил в Конгрессе.").is_empty());
        assert!(people("Согласно Конституции выборы пройдут.").is_empty());
        assert!(people("В годы Великой Отечественной войны он воевал.").is_empty());
        assert_eq!(
            people("Об этом сказал Лев Толстой. Приехал Юрий Долгорукий."),
            ["Лев Толстой", "Юрий Долгорукий"]
        );
        assert_eq!(
            people("Он встретился со Светланой Костицыной вчера."),
            ["Светланой Костицыной"]
        );
        assert_eq!(
            people("Владимир Путин выступил. Тони Блэр тоже."),
            ["Владимир Путин", "Тони Блэр"]
        );
        assert_eq!(people("Talks with King Fahd ended."), ["Fahd"]);
        assert_eq!(people("Miss Kidman said so."), ["Kidman"]);
        assert_eq!(people("Lawyer F. Lee Bailey said so."), ["F. Lee Bailey"]);
        // (A family name that is also a role word stays a name.)
        assert_eq!(
            people("Foreign Secretary Robin Cook said so."),
            ["Robin Cook"]
        );
        assert_eq!(people("Mr. Jackson denies it."), ["Jackson"]);
        assert!(people("a plant in Meridian, Miss. Terms were not disclosed.").is_empty());
        assert!(people("General Assembly met.").is_empty());
        assert_eq!(
            people("Italy coach John Kirwan has challenged his side."),
            ["John Kirwan"]
        );
        // A job title is not part of the name.
        assert_eq!(
            people("Lord Chancellor Lord Falconer said so."),
            ["Lord Falconer"]
        );
        assert_eq!(people("Chancellor Gordon Brown said so."), ["Gordon Brown"]);
        // (A name is read from its first initial, not from inside the dotted letters; the
        // firm "H.B. Shaine and Co Inc" is no one, see `a_firm_named_after_people_is_no_one`.)
        assert_eq!(
            people("A small firm's founder, H.B. Shaine, said."),
            ["H.B. Shaine"]
        );
        // "U." or "E." as a text's last words are not the start of "U.S." (this panicked).
        assert!(people("Talks with the U.").is_empty());
        assert!(people("E.").is_empty());
    }

    #[test]
    fn a_title_with_the_family_name_vouches_for_the_full_name() {
        // BBC: the full name first, with nothing around it that says "person", then "Mr".
        assert_eq!(
            people("Tony Blair has had the chance and failed. Mr Blair's government is bossy."),
            ["Tony Blair", "Blair"]
        );
        assert_eq!(
            people("Crown Prince Frederik and Princess Mary visited. Prince Frederik spoke."),
            ["Frederik", "Frederik"]
        );
        // A title is not a given name; a word that opens the sentence is neither.
        assert_eq!(
            people("Mr Volcker spoke. Although Volcker's statement was brief, it helped."),
            ["Volcker"]
        );
    }

    #[test]
    fn speech_after_has_and_a_role_after_is() {
        assert_eq!(
            people("Britain is heading the wrong way, Michael Howard has said."),
            ["Michael Howard"]
        );
        assert_eq!(
            people("Amit Yoran was director of the division until May."),
            ["Amit Yoran"]
        );
        assert_eq!(
            people("Douglas Fairbanks Sr was the first president of the academy."),
            ["Douglas Fairbanks Sr"]
        );
        // Firms agree and announce as often as people do.
        assert!(people("Japan's Hyundai Motor has announced a plan.").is_empty());
        assert!(people("Industry group James Hardie has agreed to pay.").is_empty());
    }

    #[test]
    fn what_a_role_is_of_is_no_one() {
        assert_eq!(
            people("Tim Danton, editor of the Daily Telegraph, said so."),
            ["Tim Danton"]
        );
        assert!(people("He is an analyst at Merrill Lynch in New York.").is_empty());
        // What brokers work at is a firm, even where it speaks.
        assert_eq!(
            people("Brokers at James Capel said the shares were cheap."),
            Vec::<String>::new()
        );
        // (Nor is a publication's name's last word a name: "Pro Magazine".)
        assert_eq!(
            people("Many are unhappy, thinks Tim Danton, editor of PC Pro Magazine."),
            ["Tim Danton"]
        );
        // A longer run starts with the body's words; "for" names the one a role is given to.
        assert_eq!(
            people("The resignation of Minister of Planning Joao Sayad came first."),
            ["Joao Sayad"]
        );
        assert_eq!(
            people("Six nominations, including best actor for Jamie Foxx."),
            ["Jamie Foxx"]
        );
        // A run that a body's capitalised word follows is the start of that body's name.
        assert_eq!(
            people(
                "Crops failed, said Henri Josserand, chief of FAO's Global Information and \
                 Early Warning System."
            ),
            ["Henri Josserand"]
        );
        assert_eq!(
            people("Deng told U.S. Secretary of State George Shultz China's troubles were over."),
            ["George Shultz"]
        );
    }

    #[test]
    fn a_family_name_that_speaks_alone_makes_the_full_name_a_person() {
        assert_eq!(
            people(
                "Liverpool won as Patrick Kluivert scored twice. Later Kluivert said it was easy."
            ),
            ["Patrick Kluivert", "Kluivert"]
        );
        // Not from a sentence's first word, nor a place (no name word), nor where the family
        // name alone does not speak.
        assert!(people("Previously Redstone owned it. Redstone said so.").is_empty());
        assert!(people("They beat Real Madrid at home. Madrid said nothing.").is_empty());
        assert!(
            people("Liverpool won as Patrick Kluivert scored. Kluivert scored again.").is_empty()
        );
    }

    #[test]
    fn a_title_of_office_before_one_word() {
        assert_eq!(people("It gave President Reagan authority."), ["Reagan"]);
        assert_eq!(
            people("He met Director-General Houngbo in Geneva."),
            ["Houngbo"]
        );
        // Not where the name goes on, or is a body's.
        assert!(people("He flew to President Kennedy Airport.").is_empty());
        assert!(people("Nairobi: President Daniel arap Moi spoke.").is_empty());
        assert!(people("\"(Prime Minister Yasuhiro) Nakasone would take it.\"").is_empty());
        assert!(people("Its unit American President Lines obtained loans.").is_empty());
        // Wire copy abbreviates titles of office.
        assert_eq!(
            people("The bill of Sen. Lawton Chiles passed."),
            ["Lawton Chiles"]
        );
    }

    #[test]
    fn a_kazakh_name_takes_its_case_on_its_last_word() {
        // A word in a case ends the name; the locative is no part of one.
        assert_eq!(
            people("Бұл Нұрсұлтан Назарбаевтың Дүниежүзі қазақтарының құрылтайындағы сөзі."),
            ["Нұрсұлтан Назарбаевтың"]
        );
        assert_eq!(
            people("Вера Тимофееваның Өскеменде тұрғанына 50 жыл болыпты."),
            ["Вера Тимофееваның"]
        );
        assert_eq!(
            people(
                "Премьер-министр Асқар Мамин Лондонда Еуропалық қайта құру және даму банкінің президентімен кездесті."
            ),
            ["Асқар Мамин"]
        );
        // A word in a case that opens the sentence starts no name ...
        assert!(people("Шарада Денистің бейнесі көрсетіледі.").is_empty());
        assert!(people("Франциядағы Лувр мұражайы жабылды.").is_empty());
        // ... but a given name may end as a case does.
        assert_eq!(
            people("Дариға Назарбаева Сенатта сөйледі."),
            ["Дариға Назарбаева"]
        );
        // "Our" is no part of a name.
        assert!(people("Тұңғыш Президентіміз жылды жариялады.").is_empty());
        // A patronymic may follow a family name in a case.
        assert_eq!(
            people("Бұл Искакова Баянның Мұратқызының ісі."),
            ["Искакова Баянның Мұратқызының"]
        );
    }

    #[test]
    fn a_kazakh_owner_in_the_genitive_is_no_given_name() {
        // KazNERD: "… of Poland's Gliwice city", "our state [by] the Leader's …".
        assert!(people("Байқау қарашада Польшаның Гливице қаласында басталады.").is_empty());
        assert!(people("Мемлекетіміз Елбасының басшылығымен дамыды.").is_empty());
        // Nor is a word of time that opens the sentence ("Today, in Greece …").
        assert!(people("Бүгінде Грекияда бес мың бала бар.").is_empty());
        // The family name takes the case, the given name does not.
        assert_eq!(
            people("Бұл Бауыржан Момышұлының кітабы."),
            ["Бауыржан Момышұлының"]
        );
        // A word in Latin letters with a Kazakh ending is no name; one Latin look-alike
        // letter typed in a Russian name leaves it a name.
        assert_eq!(
            people("Ақ үй басшысы Дональд Трамп Twitter-дегі парақшасында мәлімдеді."),
            ["Дональд Трамп"]
        );
        assert_eq!(people("Вчера Бeшара Бутрос приехал."), ["Бeшара Бутрос"]);
    }

    #[test]
    fn a_few_capitalised_words_in_guillemets_are_a_title_not_a_person() {
        assert!(people("Халық көбінесе «Лада Гранта» моделін алады.").is_empty());
        assert!(people("Кездесуге «Амазон Уэб Сервисес» басшылары келді.").is_empty());
        // A quotation with words in lower case is speech, and its names are names.
        assert_eq!(
            people("«Вчера Владимир Путин приехал», сообщил он."),
            ["Владимир Путин"]
        );
    }

    #[test]
    fn words_that_describe_a_name_are_not_part_of_it() {
        assert_eq!(
            people("A prize for its director, Tunisian-born Abdellatif Kechiche, and its star."),
            ["Abdellatif Kechiche"]
        );
        assert_eq!(
            people("“I am happy,” said Joss Stone. Seventeen-year-old Stone won two awards."),
            ["Joss Stone", "Stone"]
        );
    }
}
