/** The sign-in page and the administrators' page of users and their accounts. */
@NullMarked
package com.powermap.access.ui;

import org.jspecify.annotations.NullMarked;
