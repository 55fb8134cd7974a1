import { defineNavigationRequestTests } from './navigation-request-tests';

// The export built with BASE_PATH=/weekly and two posts a page, served under /weekly/.
defineNavigationRequestTests({ base: '/weekly', hasSecondListPage: true, notFoundUrl: '/weekly/404.html' });
