// Lets unit tests import components (the hook itself is shared with the build's feed writer).
import '../scripts/css-modules.mjs';
