/** How a question's anchor starts: the search box, in the browser, tells questions from other sections by it. */
export const questionAnchorPrefix = 'qa-';
