import { feedTests } from './feed-tests';

// The feeds of the export served at the root.
feedTests('');
