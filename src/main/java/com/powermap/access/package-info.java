/**
 * Who may do what: users stored in the database with bcrypt hashes, the roles ADMIN,
 * ANALYST and KAM, the accounts assigned to each key-account manager, and the checks the
 * services make against the caller's accounts.
 */
@NullMarked
package com.powermap.access;

import org.jspecify.annotations.NullMarked;
