// A small built-in gazetteer: countries, capitals, major cities, regions and US states, for typing places.

const COUNTRIES =
  "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|" +
  "Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|" +
  "Brunei|Bulgaria|Burkina Faso|Burma|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|" +
  "Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|England|" +
  "Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|" +
  "Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|" +
  "Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|" +
  "Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|" +
  "Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|" +
  "North Korea|North Macedonia|Northern Ireland|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|" +
  "Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Sierra Leone|" +
  "Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|" +
  "Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tibet|Togo|Trinidad|Tunisia|Turkey|Türkiye|Turkmenistan|" +
  "Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Britain|Great Britain|United States|United States of America|" +
  "US|USA|America|Uruguay|Uzbekistan|Vatican|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|Gaza|West Bank|Crimea|Kashmir|Hong Kong|Macau|Puerto Rico|Greenland|Vanuatu|Samoa|Tonga|Solomon Islands|Kiribati|East Timor|Timor-Leste|Andalucia|Andalusia|Indian Ocean|Pacific Ocean|Atlantic Ocean|Banda Aceh|Aceh";

const CAPITALS_AND_CITIES =
  "Kabul|Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Sialkot|Multan|Faisalabad|Delhi|New Delhi|Mumbai|" +
  "Kolkata|Chennai|Bangalore|Dhaka|Kathmandu|Colombo|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|" +
  "Riyadh|Jeddah|Mecca|Doha|Dubai|Abu Dhabi|Muscat|Sanaa|Kuwait City|Ankara|Istanbul|Cairo|Tripoli|Tunis|Algiers|" +
  "Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|Kampala|Kigali|Dar es Salaam|Lagos|Abuja|Accra|Dakar|" +
  "Kinshasa|Luanda|Harare|Lusaka|Johannesburg|Pretoria|Cape Town|Durban|Beijing|Shanghai|Hong Kong|Shenzhen|" +
  "Guangzhou|Wuhan|Taipei|Tokyo|Osaka|Seoul|Pyongyang|Manila|Jakarta|Bangkok|Hanoi|Ho Chi Minh City|Kuala Lumpur|" +
  "Phnom Penh|Yangon|Naypyidaw|Ulaanbaatar|Tashkent|Astana|Almaty|Bishkek|Dushanbe|Ashgabat|Baku|Tbilisi|Yerevan|" +
  "Moscow|St Petersburg|Kyiv|Kiev|Minsk|Warsaw|Prague|Vienna|Budapest|Bratislava|Bucharest|Sofia|Belgrade|Zagreb|" +
  "Ljubljana|Sarajevo|Athens|Rome|Milan|Naples|Turin|Venice|Madrid|Barcelona|Lisbon|Paris|Marseille|Lyon|Brussels|" +
  "Amsterdam|The Hague|Rotterdam|Berlin|Munich|Hamburg|Frankfurt|Cologne|Bern|Geneva|Zurich|Copenhagen|Oslo|" +
  "Stockholm|Helsinki|Reykjavik|Dublin|Belfast|London|Manchester|Birmingham|Liverpool|Leeds|Glasgow|Edinburgh|" +
  "Cardiff|Bristol|Oxford|Cambridge|Washington|New York|New York City|Los Angeles|Chicago|Houston|Philadelphia|" +
  "Phoenix|San Antonio|San Diego|Dallas|San Francisco|Seattle|Boston|Miami|Atlanta|Detroit|Denver|Las Vegas|" +
  "New Orleans|Baltimore|Minneapolis|Cleveland|Pittsburgh|St Louis|Toronto|Montreal|Vancouver|Ottawa|Mexico City|" +
  "Havana|Bogota|Caracas|Lima|Quito|Santiago|Buenos Aires|Montevideo|Sao Paulo|Rio de Janeiro|Brasilia|" +
  "Sydney|Melbourne|Brisbane|Perth|Canberra|Auckland|Wellington|Gaza City|Mosul|Aleppo|Kandahar|Herat|Srinagar";

const REGIONS_AND_STATES =
  "Africa|Asia|Europe|North America|South America|Latin America|Middle East|Antarctica|Arctic|Caribbean|Balkans|" +
  "Scandinavia|Siberia|Punjab|Sindh|Balochistan|Khyber Pakhtunkhwa|Waziristan|Gilgit-Baltistan|Xinjiang|" +
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|" +
  "Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|" +
  "Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|" +
  "Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|" +
  "Wisconsin|Wyoming|Ontario|Quebec|Queensland|Victoria|Tasmania|Bavaria|Catalonia|Yorkshire|Kent|Essex|Cornwall";

/** Place names by their lower-cased, dot-free form, so "MOSCOW" is reported as "Moscow". */
export const PLACES: ReadonlyMap<string, string> = new Map(
  [COUNTRIES, CAPITALS_AND_CITIES, REGIONS_AND_STATES]
    .flatMap((list) => list.split("|"))
    .map((p) => [p.toLowerCase(), p]),
);

/** Short forms a story uses for a place (lower-case, dots removed), reported by their usual full name. */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ["us", "United States"],
  ["united states of america", "United States"],
  ["usa", "United States"],
  ["america", "United States"],
  ["uk", "United Kingdom"],
  ["britain", "United Kingdom"],
  ["great britain", "United Kingdom"],
  ["uae", "United Arab Emirates"],
  ["kiev", "Kyiv"],
]);
