import { feedTests } from './feed-tests';

// The feeds of the export built with BASE_PATH=/weekly: every URL in them carries the base path.
feedTests('/weekly');
