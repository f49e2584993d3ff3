@NullMarked
package com.powermap;

import org.jspecify.annotations.NullMarked;
