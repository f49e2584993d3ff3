@NullMarked
package com.powermap.base;

import org.jspecify.annotations.NullMarked;
