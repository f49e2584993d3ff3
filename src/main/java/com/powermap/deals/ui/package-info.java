@NullMarked
package com.powermap.deals.ui;

import org.jspecify.annotations.NullMarked;
