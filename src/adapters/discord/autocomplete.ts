// `who name:` suggestions: the fact sheet's people, best match first (rankPeople knows every spelling), at most 25.
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { rankPeople } from '../../core/match-name.ts';
import type { Person, StoryPack } from '../../core/story-pack.ts';
import { DISCORD_LIMITS as L, clip } from './discord-limits.ts';

export function nameChoices(pack: StoryPack, typed: string): APIApplicationCommandOptionChoice<string>[] {
  const people =
    typed.trim() === ''
      ? [...pack.facts.people].sort((a, b) => Number(b.key) - Number(a.key) || a.name.localeCompare(b.name))
      : rankPeople(pack, typed.slice(0, 200)).map((r) => r.person);
  return people.slice(0, L.autocompleteChoices).map(personChoice);
}

/** Shown: "Vladimir Putin — Russian President"; sent back: the name, which `who` matches exactly. */
function personChoice(person: Person): APIApplicationCommandOptionChoice<string> {
  const role = person.roles[0]?.role;
  return {
    name: clip(role ? `${person.name} — ${role}` : person.name, L.choiceName),
    value: clip(person.name, L.choiceValue),
  };
}
