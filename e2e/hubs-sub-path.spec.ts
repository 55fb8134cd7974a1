import { defineHubTests } from './hub-tests';

// The release, event and Q&A hubs in the export built with BASE_PATH=/weekly, served under /weekly/.
defineHubTests('/weekly');
