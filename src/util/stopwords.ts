// Function words that carry no topic: left out of sentence similarity, keywords, related-story terms and the importer's word overlap.

/** A compact English list (articles, pronouns, auxiliaries, prepositions, reporting filler). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren as at be because been before being " +
    "below between both but by can cannot could couldn did didn do does doesn doing don down during each " +
    "even ever every few for from further get gets got had hadn has hasn have haven having he her here hers " +
    "herself him himself his how however i if in into is isn it its itself just last like ll made make many " +
    "may me might more most much must my myself new no nor not now of off on once one only or other our ours " +
    "ourselves out over own per re same said say says she should shouldn since so some still such than that " +
    "the their theirs them themselves then there these they this those though through to too under until " +
    "up upon us ve very was wasn way we well were weren what when where whether which while who whom whose " +
    "why will with within without won would wouldn yet you your yours yourself yourselves year years told " +
    "according mr mrs ms dr two three first another back including around"
  ).split(" "),
);
