// Chooses an article's newspaper section from its words: a small lexicon per section, weighted by term frequency.
import { stem, tokenizeWords } from "../sentences/tokenize-words.ts";

/** The sections, in the fixed order that breaks ties ("World" first: the fallback for general news). */
export const SECTIONS = [
  "World",
  "Politics",
  "Business",
  "Science",
  "Technology",
  "Health",
  "Sport",
  "Crime and justice",
  "Disasters and accidents",
  "Culture",
  "Environment",
] as const;

export type Section = (typeof SECTIONS)[number];

/**
 * Cue words per section, as "word:weight" (weight 1 when left out). A weight of 3
 * is for words that name the section's subject outright ("earthquake", "footbal");
 * 1 for words that lean towards it but occur elsewhere ("market", "court").
 * Words are matched by Porter stem, so "elections" finds "election".
 */
const LEXICON: Record<Section, string> = {
  World:
    "war:2 troops:2 military:2 army:1 soldiers:2 ceasefire:3 diplomat:2 diplomatic:2 embassy:2 ambassador:2 " +
    "foreign:1 refugees:2 border:1 sanctions:2 nato:2 un:1 invasion:2 rebels:2 insurgents:2 militants:2 " +
    "airstrike:3 airstrikes:3 peacekeepers:3 humanitarian:2 occupation:1 summit:1 treaty:2 bilateral:2 " +
    "conflict:2 taliban:2 hamas:2 missile:2 nuclear:1 delegation:1 submarine:2 navy:1 territorial:2",
  Politics:
    "election:3 elections:3 vote:2 voters:3 votes:2 ballot:3 campaign:1 candidate:2 parliament:3 parliamentary:3 " +
    "senate:3 senator:3 congress:2 congressional:3 legislation:2 lawmakers:3 bill:1 party:2 opposition:2 " +
    "government:1 minister:2 ministers:2 cabinet:2 president:1 presidential:2 prime:1 democrats:3 republicans:3 " +
    "democratic:1 republican:2 conservative:2 labour:2 referendum:3 policy:1 reform:1 mp:2 mps:2 politician:3 " +
    "political:2 politics:3 coalition:2 governor:1 mayor:1 administration:1 constitution:2 constitutional:2 " +
    "parties:2 polls:2 reelected:3 inauguration:3 spokesman:0.5",
  Business:
    "company:2 companies:2 firm:2 shares:3 stock:2 stocks:3 market:1 markets:2 investors:3 profit:3 profits:3 " +
    "revenue:3 sales:2 economy:3 economic:2 inflation:3 bank:2 banks:2 interest:1 rates:1 billion:1 " +
    "million:0.5 deal:1 merger:3 acquisition:3 takeover:3 ceo:3 chief:0.5 executive:1 retailer:3 retail:2 " +
    "customers:1 business:2 businesses:2 industry:1 trade:2 exports:2 imports:2 jobs:1 unemployment:2 " +
    "index:2 dollar:2 currency:2 prices:2 price:1 earnings:3 quarter:1 shareholders:3 bankruptcy:3 " +
    "stores:2 brand:1 oil:1 tax:1 budget:1 growth:1 sensex:3 nasdaq:3 dow:2 ftse:3",
  Science:
    "scientists:3 scientist:3 researchers:2 research:2 study:2 university:1 species:3 space:2 nasa:3 " +
    "astronomers:3 asteroid:3 planet:3 orbit:3 telescope:3 rocket:3 launch:1 shuttle:3 satellite:2 " +
    "physics:3 chemistry:3 biology:3 laboratory:2 experiment:2 discovery:2 discovered:2 fossil:3 genes:2 " +
    "genetic:2 dna:3 evolution:2 molecules:3 particles:3 hydrogen:3 temperature:1 data:1 journal:2 " +
    "astronaut:3 astronauts:3 mars:3 moon:2 earth:1 solar:2 comet:3 galaxy:3 spacecraft:3",
  Technology:
    "software:3 computer:3 computers:3 internet:3 online:2 web:2 website:2 google:2 microsoft:3 apple:2 " +
    "linux:3 unix:3 digital:2 technology:2 tech:3 app:2 apps:2 smartphone:3 phone:1 mobile:1 users:2 " +
    "search:1 network:1 hackers:3 cyber:3 spam:3 email:2 e-mail:2 data:1 download:2 downloads:2 " +
    "bittorrent:3 piracy:2 file-sharing:3 programmers:3 code:1 open-source:3 robot:2 chip:2 chips:2 " +
    "broadband:3 wireless:3 operating:1 browser:3 video:0.5 games:1",
  Health:
    "health:3 hospital:2 hospitals:2 patients:3 patient:3 doctors:2 doctor:1 disease:3 diseases:3 virus:2 " +
    "vaccine:3 vaccines:3 cancer:3 medical:2 medicine:2 drug:1 drugs:1 treatment:2 infection:3 infections:3 " +
    "outbreak:3 epidemic:3 pandemic:3 flu:3 influenza:3 hiv:3 aids:2 obesity:3 nurses:3 surgery:2 " +
    "clinic:3 symptoms:3 diagnosis:3 mental:1 healthcare:3 nhs:3 malaria:3 cholera:3 illness:2",
  Sport:
    "match:2 game:1 games:1 season:2 team:2 teams:2 player:3 players:3 coach:3 league:3 cup:2 champion:2 " +
    "championship:3 tournament:3 football:3 soccer:3 cricket:3 tennis:3 golf:3 rugby:3 basketball:3 " +
    "baseball:3 hockey:3 olympic:3 olympics:3 athletes:3 athlete:3 goal:2 goals:2 scored:2 score:1 win:1 " +
    "won:1 victory:1 defeat:1 wickets:3 innings:3 test:0.5 nba:3 nfl:3 fifa:3 striker:3 midfielder:3 " +
    "fans:2 stadium:3 referee:3 race:1 medal:3 squad:3 coaches:3 suspended:1 playoffs:3 quarterback:3",
  "Crime and justice":
    "police:2 arrested:3 arrest:3 charged:3 charges:2 court:2 judge:2 jury:3 trial:3 sentenced:3 prison:3 " +
    "jail:3 murder:3 killed:1 crime:3 crimes:2 criminal:3 lawsuit:3 sued:3 sue:3 lawyer:2 lawyers:2 " +
    "attorney:2 prosecutors:3 prosecutor:3 guilty:3 convicted:3 investigation:2 investigators:2 fbi:3 " +
    "suspect:3 suspects:3 theft:3 fraud:3 stolen:2 robbery:3 shooting:2 torture:2 abuse:2 cruelty:3 " +
    "law:1 legal:2 illegal:2 settlement:1 copyright:2 infringement:3 verdict:3 appeal:1 supreme:1 custody:2 " +
    "indicted:3 detained:2 bail:3 homicide:3 victim:1 victims:1 explosive:1 bomb:1",
  "Disasters and accidents":
    "earthquake:3 earthquakes:3 tsunami:3 quake:3 flood:3 floods:3 flooding:3 hurricane:3 cyclone:3 " +
    "typhoon:3 storm:2 tornado:3 wildfire:3 fire:2 blaze:3 explosion:3 blast:2 crash:3 collision:3 " +
    "accident:3 derailed:3 disaster:3 disasters:3 survivors:3 rescue:2 rescuers:3 toll:3 dead:1 " +
    "killed:1 injured:2 victims:1 missing:2 evacuated:3 evacuation:3 relief:2 aid:1 damage:2 destroyed:2 " +
    "volcano:3 eruption:3 landslide:3 drought:1 famine:2 collapsed:2 wreckage:3 emergency:1 magnitude:3",
  Culture:
    "film:3 films:3 movie:3 movies:3 music:3 band:3 album:3 song:3 songs:3 singer:3 concert:3 art:2 " +
    "artist:3 artists:3 museum:3 exhibition:3 theatre:3 theater:3 play:1 novel:3 book:2 books:2 author:2 " +
    "festival:2 actor:3 actress:3 director:1 box:1 office:0.5 hollywood:3 award:1 awards:2 oscar:3 " +
    "grammy:3 television:2 tv:1 show:1 series:1 video:1 fashion:3 celebrity:3 star:1 stars:1 opening:1 " +
    "weekend:1 audience:2 studio:2 studios:1 premiere:3 comedy:3 drama:2 poet:3 poetry:3 painting:3 dance:2",
  Environment:
    "climate:3 environment:3 environmental:3 emissions:3 carbon:3 pollution:3 warming:3 greenhouse:3 " +
    "species:1 wildlife:3 conservation:3 forest:2 forests:3 deforestation:3 renewable:3 energy:1 " +
    "heatwave:3 heat:1 weather:1 fish:1 fishing:2 ocean:1 endangered:3 extinction:3 biodiversity:3 " +
    "recycling:3 green:1 ecological:3 ecosystem:3 trees:2 drought:2 glacier:3 glaciers:3 ozone:3 " +
    "environmentalist:3 environmentalists:3 kyoto:3 agricultural:1 farmers:1 water:1",
};

/** Stemmed cue word → weight per section. Built once. */
const CUES: Map<string, [Section, number][]> = (() => {
  const cues = new Map<string, [Section, number][]>();
  for (const section of SECTIONS) {
    for (const entry of LEXICON[section].split(/\s+/)) {
      const [word, weight] = entry.split(":");
      const key = stem(word!.toLowerCase());
      cues.set(key, [...(cues.get(key) ?? []), [section, Number(weight ?? 1)]]);
    }
  }
  return cues;
})();

/** A title word counts this many times a body word (default: 3): the headline says what the story is about. */
export const TITLE_WEIGHT = 3;
/**
 * Score a section needs to beat "World" (default: 4): fewer cues than that, e.g. one
 * passing mention of "market" in a diplomatic story, is no evidence of a section.
 */
export const MIN_SECTION_SCORE = 4;

/** Each section's score: the sum, over cue words, of weight × (body count + TITLE_WEIGHT × title count). */
export function scoreSections(text: string, title = ""): Map<Section, number> {
  return scoreStems([tokenizeWords(text)], tokenizeWords(title));
}

/**
 * scoreSections from content stems already made (tokenizeWords): the body's, in
 * pieces in text order (its sentences), and the title's.
 */
export function scoreStems(body: string[][], title: string[]): Map<Section, number> {
  const scores = new Map<Section, number>(SECTIONS.map((s) => [s, 0]));
  const add = (keys: string[], factor: number): void => {
    // Content stems only: function words never count, even when a cue stems onto one ("innings" → "in").
    for (const key of keys) {
      const cues = CUES.get(key);
      if (cues) for (const [section, weight] of cues) scores.set(section, scores.get(section)! + weight * factor);
    }
  };
  for (const keys of body) add(keys, 1);
  add(title, TITLE_WEIGHT);
  return scores;
}

/** The section with the best score, ties to the earlier in SECTIONS, "World" below MIN_SECTION_SCORE. */
function bestSection(scores: Map<Section, number>): Section {
  let best: Section = "World";
  let bestScore = MIN_SECTION_SCORE - 1e-9;
  for (const section of SECTIONS) {
    const score = scores.get(section)!;
    if (score > bestScore) {
      best = section;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The article's section: the one whose cue words weigh most in its text and title,
 * ties to the earlier in SECTIONS, and "World" when no section scores
 * MIN_SECTION_SCORE. Deterministic.
 */
export function classifySection(text: string, title = ""): Section {
  return bestSection(scoreSections(text, title));
}

/**
 * classifySection from the body's content stems, made already in pieces whose words
 * together are the text's (its sentences as split: splitting cuts only at spaces and punctuation).
 */
export function classifyStems(body: string[][], title = ""): Section {
  return bestSection(scoreStems(body, tokenizeWords(title)));
}
