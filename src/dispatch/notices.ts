// The answers the dispatcher gives of its own: a failure on our side (with the request id to quote) and a service
// that is not running. Kind, short, and in the same model as every other answer, so each front end renders them.
import { finishAnswer, say } from '../core/answer-draft.ts';
import type { Answer } from '../core/answer-model.ts';

export function failedAnswer(requestId: string): Answer {
  return finishAnswer({
    status: 'failed',
    title: 'Sorry, something went wrong while answering',
    summary: say(`Please try again; if it keeps happening, tell the desk team and quote request id ${requestId}.`),
    sections: [],
  });
}

export function unavailableAnswer(what: string): Answer {
  return finishAnswer({
    status: 'unavailable',
    title: `${what} unavailable right now`,
    summary: say('Everything else still works. Please try again later.'),
    sections: [],
  });
}

export function needsChannelAnswer(subcommand: string): Answer {
  return finishAnswer({
    status: 'bad-input',
    title: `${subcommand} works in a channel`,
    summary: say('Type the command in the Slack or Discord channel it is for.'),
    sections: [],
  });
}
