@NullMarked
package com.powermap.organization;

import org.jspecify.annotations.NullMarked;
