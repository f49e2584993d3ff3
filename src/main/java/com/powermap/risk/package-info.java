@NullMarked
package com.powermap.risk;

import org.jspecify.annotations.NullMarked;
