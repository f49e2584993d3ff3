/**
 * The import and export page: upload a powermap/v1 document or an org chart, download an
 * account.
 */
@NullMarked
package com.powermap.exchange.ui;

import org.jspecify.annotations.NullMarked;
