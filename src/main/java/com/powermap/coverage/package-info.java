@NullMarked
package com.powermap.coverage;

import org.jspecify.annotations.NullMarked;
