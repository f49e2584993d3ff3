@NullMarked
package com.powermap.exchange;

import org.jspecify.annotations.NullMarked;
