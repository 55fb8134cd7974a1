import type { Post } from '../model/post';
import { collectEntries, type HubConflict } from './collect';
import { eventCollector } from './events';
import { questionCollector } from './questions';
import { releaseCollector } from './releases';

/**
 * Every release, event and question of these posts (one language's) that two uses describe
 * differently: the check reports each as an error, so the hubs and calendars never show a description
 * one post wrote over another's.
 */
export function hubConflicts(posts: Post[]): HubConflict[] {
  return [
    ...collectEntries(posts, releaseCollector).conflicts,
    ...collectEntries(posts, eventCollector).conflicts,
    ...collectEntries(posts, questionCollector).conflicts,
  ];
}
