/**
 * The command line:
 * {@code java -jar powermap.jar analyze FILE.json [--as-of DATE] [--lang en|zh]}.
 */
@NullMarked
package com.powermap.cli;

import org.jspecify.annotations.NullMarked;
