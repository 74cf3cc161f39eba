// Common given names, a person's strongest sign when no title or quote confirms a capitalised pair.

/**
 * About 400 frequent first names in English-language news (English, Spanish,
 * Portuguese, French, German, Italian, Slavic, Arabic and South Asian forms), lower
 * case. A list, not a model: a name it lacks still counts when the article
 * confirms it another way (a title, the surname alone, "X said", "X, 45,").
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    "aaron adam adrian ahmad ahmed aisha alan albert alberto alejandro alex alexander alexandra alexei alfred alfredo ali alice " +
    "alicia alison amanda amir amy ana andre andrea andreas andrew andrey andy angela angelina angus ann anna anne anthony antonio " +
    "arthur ashley augusto barack barbara ben benjamin bernard beth betty bill billy bob bobby boris brad brandon brenda brian " +
    "bruce bruno carl carla carlos carmen carol caroline catherine charles charlie charlotte chris christian christina christine " +
    "christopher claire claudia colin craig cristina dan daniel daniela danny darren dave david dean deborah denis dennis diana " +
    "diane dick dmitry dominic donald donna doris dorothy douglas dustin ed eddie edward elena elizabeth ellen emily emma emmanuel " +
    "eric erik ernest eva evan fatima felipe fernando frances francesca francis francisco frank franz fred frederick gabriel " +
    "gareth gary geoffrey george georg gerald gerhard gordon grace graham greg gregory hans harold harry hassan heather helen " +
    "helmut henry hillary howard hugh hugo ian igor imran irene isabel ivan jack jacob jacques jake james jamie jan jane janet " +
    "jason javier jean jeff jeffrey jennifer jeremy jerome jerry jessica jim jimmy joan joe joel johan john johnny jon jonathan " +
    "jorge jose josé joseph josh joshua juan julia julian julie justin karen karl kate katherine kathleen kathryn keith kelly " +
    "ken kenneth kevin khalid kim kirk kurt larry laura lauren lawrence lee leonard lewis linda lisa louis louise lucy luis luiz " +
    "luke lydia marco marcus margaret maria marie mario mark martha martin mary matt matthew maurice max maxime megan melissa " +
    "michael michel michelle miguel mike mohamed mohammad mohammed muhammad nancy natalia natalie nathan neil nicholas nick nicola " +
    "nicolas nicole nigel nikolai noah norman oliver olga omar oscar pablo pamela patricia patrick paul paula pedro peter " +
    "philip philippe phillip pierre rachel rafael rahul ralph raj ramon randy raymond rebecca reggie richard rick ricardo rita " +
    "rob robert roberto robin roger ron ronald rose ross roy ruth ryan sally sam samuel sandra sara sarah scott sean sebastian " +
    "sergei sergey shane sharon shimon simon sophie stefan stephanie stephen steve steven stuart susan sylvia tanya ted teresa " +
    "terry theresa thomas tim timothy tina todd tom tommy tony tracy valerie vanessa victor victoria vincent viktor vladimir " +
    "walter wayne wendy william willie wolfgang xavier yasser yusuf yuri zoe " +
    "abdul abdullah akbar anil arjun asif ashok aziz faisal farhan hamid hussain iqbal javed karim mahmoud mustafa nawaz " +
    "pervez rajesh rashid salman shah sunil tariq vijay yousuf zafar " +
    "alain antoine didier francois françois jacqueline marcel olivier rené thierry yves " +
    "giuseppe giovanni luca matteo paolo silvio " +
    "jürgen klaus dieter horst manfred uwe " +
    "hu xi li wang zhang " +
    "ron glenn darryl armando"
  ).split(/\s+/),
);
