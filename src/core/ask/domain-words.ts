// The small domain table: only what WordNet lacks, each entry with its reason. Everything else a question may say
// in other words comes from WordNet (related-words.ts).
import type { RelatedWord } from './related-words.ts';

/**
 * Word sequences rewritten before stemming (after folding), on article and question side alike: newsroom
 * shorthand and spellings of one thing that WordNet either lacks or keeps only as a multi-word lemma.
 */
export const PHRASES: readonly (readonly [string, string])[] = [
  // One country, three spellings ("U.S." and "USA" are folded to "usa" in tokenize.ts): WordNet's lemma is two words.
  ['united states', 'usa'],
  // One war, five spellings; WordNet has only the multi-word "world_war_ii".
  ['world war ii', 'ww2'],
  ['world war two', 'ww2'],
  ['world war 2', 'ww2'],
  ['second world war', 'ww2'],
  ['wwii', 'ww2'],
  // Newsroom shorthand for a country name; WordNet lists neither abbreviation.
  ['dprk', 'north korea'],
  ['nk', 'north korea'],
  ['n korea', 'north korea'],
  // Question scaffolding: "tell me about", "what's going on", "what's special about the train" ask about the rest.
  ['tell me', ''],
  ['tell us', ''],
  ['going on', ''],
  ['special about', ''],
  ['notable about', ''],
  ['unusual about', ''],
  // A compound preposition says where or for whom, like "beside" or "for": "sit relative to him", "on behalf of".
  ['relative to', ''],
  ['next to', ''],
  // A reciprocal ("oblige each side to", "both sides agreed") refers back to the parties already named.
  ['each side', ''],
  ['either side', ''],
  ['both sides', ''],
  // Phrasal paraphrases WordNet has no lemma for (or links only by gloss): "travelling with" is accompanying,
  // "stay away" boycotting, "get to" arriving, "going to the" (parade) attending, "in power" ruling.
  ['stay away', 'boycott'],
  ['stayed away', 'boycott'],
  ['staying away', 'boycott'],
  ['travelling with', 'accompany'],
  ['traveling with', 'accompany'],
  ['travel with', 'accompany'],
  ['travels with', 'accompany'],
  ['look at', 'inspect'],
  ['looked at', 'inspect'],
  ['looking at', 'inspect'],
  ['head of state', 'leader'],
  ['heads of state', 'leader'],
  ['in power', 'rule'],
  ['prop up', 'support'],
  ['props up', 'support'],
  ['propping up', 'support'],
  ['propped up', 'support'],
  ['bail out', 'support'],
  ['get to', 'arrive'],
  ['gets to', 'arrive'],
  ['got to', 'arrive'],
  ['getting to', 'arrive'],
  // "going to the parade" is attending it ("going to" alone is often only the future: "going to march").
  ['going to the', 'attend'],
  ['go to the', 'attend'],
  ['goes to the', 'attend'],
  ['went to the', 'attend'],
  // Idioms of announcing and of showing up, which WordNet keeps as phrases it does not link to "announce", "attend".
  ['broke the news', 'announce'],
  ['break the news', 'announce'],
  ['breaks the news', 'announce'],
  ['made public', 'announce'],
  ['make public', 'announce'],
  ['makes public', 'announce'],
  ['turned up', 'attend'],
  ['turn up', 'attend'],
  ['turns up', 'attend'],
  ['turning up', 'attend'],
  // Phrasal verbs of arriving, which WordNet lists under other verbs ("touch down" is "land").
  ['touched down', 'land'],
  ['touch down', 'land'],
  ['touches down', 'land'],
  ['pulled into', 'arrive'],
  ['pull into', 'arrive'],
  ['pulls into', 'arrive'],
  ['set off', 'depart'],
  ['sets off', 'depart'],
  ['setting off', 'depart'],
  // Attribution and hedges: "according to AP", "is said to have", "reported to consist" name who says it, not what
  // is asked; the source's attribution is matched against the article itself (ask-index.ts).
  ['according to', ''],
  ['said to', ''],
  ['reported to', ''],
  ['believed to', ''],
  ['thought to', ''],
];

/**
 * Newsroom paraphrase groups: words a journalist types for what the articles say in other words, where WordNet
 * links them only through a distant sense, a gloss or not at all (journey -> trip is a hypernym step, prop up ->
 * support a gloss, ammo and tech are clippings WordNet lacks, backing -> support is a sense of "backing" SemCor
 * rarely tags). Kept tight: a loose group ("say" = "report") would answer questions the sources don't answer.
 * Country adjectives (Chinese -> China) are not here: WordNet's pertainyms give them.
 */
const PARAPHRASE_GROUPS: readonly (readonly string[])[] = [
  ['trip', 'journey', 'visit', 'travel', 'voyage', 'tour', 'trek'],
  // Setting off, not the trip as a whole: "when does Putin leave" must not be answered by his arrival.
  ['depart', 'departure', 'leave', 'leaving', 'embark', 'exit'],
  ['train', 'rail', 'railway', 'locomotive'],
  ['arrive', 'arrival', 'reach', 'land'],
  ['parade', 'procession'],
  ['troop', 'soldier', 'personnel', 'servicemen'],
  ['weapon', 'arms', 'weaponry', 'armament', 'hardware', 'equipment'],
  ['ammunition', 'ammo', 'munition', 'shell'],
  ['missile', 'rocket', 'icbm'],
  ['inspect', 'inspection', 'examine', 'check'],
  // Diplomatic "talks" are a meeting: WordNet's "talks" is only a negotiation.
  ['meet', 'met', 'meeting', 'summit', 'talks'],
  ['talk', 'discuss', 'discussion', 'negotiate', 'negotiation', 'dialogue'],
  ['leader', 'head', 'ruler'],
  // "Who runs the department" is answered by "the head of the department": WordNet links the verb to no noun of office.
  ['run', 'head', 'chief', 'director'],
  ['china', 'chinese', 'prc'],
  ['russia', 'russian'],
  ['korea', 'korean'],
  ['iran', 'iranian'],
  ['belarus', 'belarusian'],
  ['japan', 'japanese'],
  ['usa', 'american', 'america'],
  ['ukraine', 'ukrainian'],
  ['commemorate', 'celebrate', 'mark', 'honour', 'honor', 'commemoration', 'celebration'],
  ['bulletproof', 'armored', 'armoured', 'armour', 'armor'],
  ['factory', 'plant'],
  ['facility', 'site', 'base'],
  ['fighter', 'jet', 'aircraft', 'plane', 'warplane'],
  ['drone', 'uav'],
  ['boycott', 'refrain', 'skip', 'snub', 'shun', 'avoid'],
  [
    'attend',
    'join',
    'participate',
    'participation',
    'attendance',
    'come',
    'coming',
    'present',
    'presence',
    'appear',
    'came',
  ],
  ['oversee', 'overseen', 'oversaw', 'overseeing', 'host', 'preside', 'review', 'lead', 'led'],
  [
    'criticism',
    'criticize',
    'criticise',
    'critic',
    'condemn',
    'protest',
    'object',
    'unhappy',
    'angry',
    'anger',
    'upset',
    'oppose',
    'opposition',
  ],
  ['support', 'backing', 'endorse', 'endorsement', 'lifeline'],
  ['interest', 'interested', 'want', 'wish', 'desire', 'eager'],
  ['technology', 'tech', 'technologies'],
  ['say', 'said', 'tell', 'told', 'according', 'remark', 'comment', 'speak', 'spoke', 'announce'],
  ['send', 'sent', 'dispatch', 'supply', 'provide'],
  ['aid', 'help', 'assist', 'assistance'],
  ['war', 'conflict', 'fighting'],
  ['peace', 'ceasefire', 'truce'],
  ['pay', 'paid', 'fund', 'cost', 'finance', 'money', 'spend'],
  ['rule', 'reign', 'power', 'office'],
  ['showcase', 'display', 'exhibit', 'unveil'],
  ['new', 'newest', 'latest', 'modern'],
  ['economic', 'economy'],
  ['ally', 'alliance', 'alignment', 'axis', 'bloc', 'partnership'],
  ['trade', 'trading'],
  ['citizen', 'populace', 'population', 'public'],
  ['luxury', 'luxurious', 'lavish'],
  ['poll', 'survey'],
  ['anniversary', 'jubilee'],
  ['cross', 'crossing', 'border'],
  ['newspaper', 'paper', 'daily', 'media', 'outlet'],
  ['photo', 'image', 'picture', 'footage'],
  ['minute', 'min', 'mins'],
  ['hour', 'hr', 'hrs'],
  ['sanction', 'embargo'],
  ['security', 'safety'],
  ['tension', 'friction'],
  ['accompany', 'accompanied', 'alongside', 'entourage'],
  ['friendship', 'friend', 'ties', 'tie', 'relation', 'relationship', 'bond'],
  // WordNet's "aide" is an aide-de-camp; in news an aide is an adviser.
  ['aide', 'adviser', 'advisor', 'assistant', 'counsellor'],
];

/**
 * One-way paraphrases, question word -> article words: what someone said may be in a speech ("what
 * did she say in her speech" — "in her speech, she described …"), but a speech asked about is not any telling ("when
 * did she give her speech" is not answered by "telling him on Thursday").
 */
const ONE_WAY: readonly (readonly [string, readonly string[]])[] = [['say', ['speech']]];

/** A paraphrase from the table counts nearly as the word itself. */
const PARAPHRASE_FACTOR = 0.9;

/** Question word -> words an article may use for it, where WordNet has no (close) link between them. */
export const DOMAIN_WORDS: ReadonlyMap<string, readonly RelatedWord[]> = withOneWay(groupsByWord(PARAPHRASE_GROUPS));

/** The one-way paraphrases first: a word's relatives are capped (word-terms.ts), and these are why it has them. */
function withOneWay(map: Map<string, RelatedWord[]>): Map<string, RelatedWord[]> {
  for (const [word, targets] of ONE_WAY) {
    map.set(word, [...targets.map((w) => ({ word: w, factor: PARAPHRASE_FACTOR })), ...(map.get(word) ?? [])]);
  }
  return map;
}

/** Each word's partners in every group it is in ("head" is a leader and the one who runs a department). */
function groupsByWord(groups: readonly (readonly string[])[]): Map<string, RelatedWord[]> {
  const map = new Map<string, RelatedWord[]>();
  for (const group of groups) {
    for (const word of group) {
      const partners = map.get(word) ?? [];
      for (const w of group) if (w !== word) partners.push({ word: w, factor: PARAPHRASE_FACTOR });
      map.set(word, partners);
    }
  }
  return map;
}
