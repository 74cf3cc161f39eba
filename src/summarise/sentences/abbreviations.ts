// The abbreviations after which a full stop does not end a sentence, for splitBlock (sbd's rules).

/**
 * sbd's own English list (sbd/lib/Match.js, MIT), copied because passing
 * `abbreviations` to sbd replaced its list rather than extending it (splitBlock keeps that behaviour).
 * Lower-case "no" is left out: sbd compares case-sensitively, so keeping it made
 * "... said no. The ..." one sentence; "No. 1" still holds because a number follows.
 */
const SBD_DEFAULTS = [
  "al", "adj", "assn", "Ave", "BSc", "MSc", "Cell", "Ch", "Co", "cc", "Corp", "Dem", "Dept",
  "ed", "eg", "Eq", "Eqs", "est", "etc", "Ex", "ext", "Fig", "fig", "Figs", "figs", "i.e", "ie",
  "Inc", "inc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "jr", "mi", "Miss", "Mrs", "Mr", "Ms", "Mol", "mt", "mts", "Nos", "PhD", "MD", "BA", "MA", "MM",
  "pl", "pop", "pp", "Prof", "Dr", "pt", "Ref", "Refs", "Rep", "repr", "rev", "Sec", "Secs",
  "Sgt", "Col", "Gen", "Sen", "Gov", "Lt", "Maj", "Capt", "St", "Sr", "sr", "Jr", "Rev",
  "Sun", "Mon", "Tu", "Tue", "Tues", "Wed", "Th", "Thu", "Thur", "Thurs", "Fri", "Sat",
  "trans", "Univ", "Viz", "Vol", "vs", "v",
];

/** Titles and ranks that news copy abbreviates before a name. */
const NEWS_TITLES = [
  "Brig", "Spc", "Pfc", "Cmdr", "Cdr", "Adm", "Gen", "Lieut", "Cpl", "Pte", "Pvt", "Supt", "Insp", "Det",
  "Hon", "Rt", "Pres", "Gov", "Atty", "Messrs", "Mme", "Mlle", "Fr", "Sr",
];

/** Places and streets (US state abbreviations in AP style, "Mt.", "Ft."). */
const NEWS_PLACES = [
  "Mt", "Ft", "Rd", "Blvd", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
  "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
  "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt", "Wash", "Wis", "Wyo",
];

export const ABBREVIATIONS: string[] = [...new Set([...SBD_DEFAULTS, ...NEWS_TITLES, ...NEWS_PLACES])];
