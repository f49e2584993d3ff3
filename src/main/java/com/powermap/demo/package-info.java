@NullMarked
package com.powermap.demo;

import org.jspecify.annotations.NullMarked;
