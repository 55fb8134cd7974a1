import { defineNavigationRequestTests } from './navigation-request-tests';

// The export served at the root, whose static server answers a missing URL with the site's 404 page.
defineNavigationRequestTests({ base: '', hasSecondListPage: false, notFoundUrl: '/no/such/page/' });
