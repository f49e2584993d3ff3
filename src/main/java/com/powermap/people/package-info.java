@NullMarked
package com.powermap.people;

import org.jspecify.annotations.NullMarked;
