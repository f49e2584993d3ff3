/**
 * The influence graph component: a Lit web component wrapping Cytoscape.js, and its Java
 * side.
 */
@NullMarked
package com.powermap.graphview.ui;

import org.jspecify.annotations.NullMarked;
