/* review screen: built by its own helper (issue 12). */
'use strict';
