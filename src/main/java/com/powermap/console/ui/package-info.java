/**
 * The console page.
 */
@NullMarked
package com.powermap.console.ui;

import org.jspecify.annotations.NullMarked;
