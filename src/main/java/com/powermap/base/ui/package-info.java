@NullMarked
package com.powermap.base.ui;

import org.jspecify.annotations.NullMarked;
