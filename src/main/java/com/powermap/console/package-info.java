/**
 * The Cypher console: analysts run their own read queries, behind a guard of layers that
 * each assume the others failed.
 */
@NullMarked
package com.powermap.console;

import org.jspecify.annotations.NullMarked;
