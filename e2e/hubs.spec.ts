import { defineHubTests } from './hub-tests';

// The release, event and Q&A hubs in the export served at the root.
defineHubTests('');
