@NullMarked
package com.powermap.deals;

import org.jspecify.annotations.NullMarked;
