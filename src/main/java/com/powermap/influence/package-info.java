@NullMarked
package com.powermap.influence;

import org.jspecify.annotations.NullMarked;
