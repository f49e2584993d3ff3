/**
 * The influence graph: what the graph of one deal's account shows as of a date (people,
 * organizations, relationships, influence and attitude), capped for large accounts.
 */
@NullMarked
package com.powermap.graphview;

import org.jspecify.annotations.NullMarked;
