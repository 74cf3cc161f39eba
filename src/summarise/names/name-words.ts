// Word lists that type a proper-noun phrase: titles before names, organisation and place heads.

const words = (list: string): ReadonlySet<string> => new Set(list.split(" "));

/**
 * Titles, ranks and jobs written before a name ("Defence Minister Khawaja Asif",
 * "DG ISPR Lt Gen Ahmed Sharif Chaudhry"); they are stripped from people's names.
 */
export const TITLE_WORDS = words(
  "minister ministers president secretary general gen lt lieutenant col colonel maj major capt captain sgt " +
    "sergeant cpl corporal brig brigadier adm admiral cmdr commander marshal dg director chief chairman chairwoman " +
    "chair ceo cfo mr mrs ms miss mx dr prof professor sir dame lord lady king queen prince princess emir pope " +
    "senator sen rep representative congressman congresswoman governor gov mayor judge justice ambassador envoy " +
    "spokesman spokeswoman spokesperson commissioner inspector insp supt superintendent det detective officer " +
    "constable pc coach manager boss striker midfielder defender goalkeeper keeper star actor actress singer " +
    "former ex leader head founder chancellor premier rev reverend bishop archbishop cardinal imam attorney " +
    "mp mep mna mpa president-elect pm deputy acting former ex bowler batsman skipper winger " +
    "forward player defender veteran presenter host author writer artist photographer reporter analyst whip administrator " +
    "co-author coauthor researcher scientist biologist economist lawyer podcaster voter",
);

/** Words that are part of a title only when a title follows: "Defence Minister", "Vice President". */
export const TITLE_MODIFIERS = words(
  "vice deputy acting prime defence defense foreign interior finance home information health education " +
    "justice state army air naval federal opposition shadow junior senior assistant executive managing " +
    "general chief former ex first new",
);

/** Words that make a phrase an organisation ("Monitoring Team", "Security Council", "Labour Party"). */
export const ORG_WORDS = words(
  "state council ministry department office agency authority commission committee board bureau service services " +
    "party parliament senate congress assembly government administration court tribunal police army navy force " +
    "forces corps guard military bank fund company corporation corp inc ltd plc llc group holdings airlines " +
    "airways university college school institute academy hospital foundation trust association union federation " +
    "league club fc team organisation organization nations alliance network news times post journal press " +
    "television radio channel movement front brigade taliban isis isil nato monitoring church mosque " +
    "exchange pictures studios coalition center centre library laboratory laboratories museum hotel facility " +
    "magazine motors airport railways house clinic",
);

/** Well-known organisations that are one ordinary-looking word. */
export const ORG_NAMES = words(
  "taliban hamas hezbollah nato al-qaeda isis isil google apple microsoft amazon facebook meta twitter " +
    "reuters fifa uefa opec interpol unicef unesco",
);

/** Heads that make a phrase a place ("Khyber Road", "Indus River", "Kurram District"). */
export const PLACE_WORDS = words(
  "street road avenue square river lake sea ocean island islands mountain mountains valley province district " +
    "county region city town village airport port bay gulf coast border strait desert",
);

/** Phrases with these words are neither people nor places: events, laws, plans, days, prizes. */
export const OTHER_WORDS = words(
  "plan act bill law day week war cup championship championships games olympics award awards prize accords " +
    "festival summit conference report treaty agreement accord programme program project operation " +
    "january february march april june july august september october november december monday " +
    "tuesday wednesday thursday friday saturday sunday christmas easter eid ramadan covid-19 covid " +
    "god allah islam christianity internet budget security zeitgeist manifesto year paralympics cyclone " +
    "hurricane typhoon storm shuttle licence license telescope linux palace cathedral stadium arena plaza mall",
);

/** Lower-case words allowed inside a name ("Bank of England", "Osama bin Laden", "Vincent van Gogh"). */
export const NAME_JOINERS = words("of de del della da di van von der den bin ibn al el la le du dos das");

/** Capitalised abbreviations that are not organisations. */
export const NOT_ORGS = words(
  "tv pm am gmt utc bst est edt cet ceo cfo dna gdp id ok mp mps hiv aids uk us iq pc ad bc " +
    // US states' postal codes, as in "Sen. Robert Wexler (D-FL)".
    "al ak az ar ca co ct de fl ga hi ia il in ks ky la ma md me mi mn mo ms mt nc nd ne nh nj nm nv ny oh ok or pa ri sc sd " +
    "tn tx ut va vt wa wi wv wy dc",
);

/** Nationality words: a phrase with one is a description ("Many Japanese"), not a name. */
export const DEMONYMS = words(
  "afghan afghans american americans british briton britons chinese japanese korean indian pakistani pakistanis " +
    "russian russians french german germans italian spanish iranian iraqi syrian israeli israelis palestinian " +
    "palestinians saudi turkish egyptian african european asian australian australians canadian mexican " +
    "brazilian ukrainian ukrainians polish dutch irish scottish welsh english swedish norwegian danish greek " +
    "arab arabs muslim muslims christian christians jewish hindu sikh western eastern northern southern " +
    "austrian austrians belgian brazilian brazilians chilean chileans colombian cuban dane finnish hungarian " +
    "indonesian israeli kenyan kenyans lebanese malaysian mozambican nigerian portuguese romanian serbian " +
    "somali sri lankan lankans swiss taiwanese thai turk turks vietnamese zambian zimbabwean scientologist " +
    "asian-american latino libyan jordanian qatari emirati yemeni sudanese ethiopian ghanaian korean koreans " +
    "argentine argentinian peruvian venezuelan bolivian ecuadorian czech slovak croatian bosnian greek cypriot " +
    "philippine filipino filipina " +
    // Religions and churches name believers, not people or places: "Roman Catholic".
    "catholic catholics protestant protestants anglican anglicans orthodox buddhist buddhists evangelical lutheran " +
    "methodist baptist sunni sunnis shia shiite shiites mormon",
);
