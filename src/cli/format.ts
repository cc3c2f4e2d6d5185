/** Plain-text renderings shared by CLI commands. */
import type { CodedEvent, ActorRef } from '../model/event.js';

const actor = (a: ActorRef | null) => (a ? `${a.code || '?'}(${a.name})` : '-');

export const EVENT_TABLE_HEADER = ['date', 'code', 'modality', 'source', 'target', 'trigger', 'rule'].join(
  '\t',
);

export function formatEventRow(e: CodedEvent): string {
  return [e.date, e.code, e.modality, actor(e.source), actor(e.target), e.trigger.text, e.rule].join('\t');
}
