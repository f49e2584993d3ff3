@NullMarked
package com.powermap.organization.ui;

import org.jspecify.annotations.NullMarked;
