/**
 * The floor: DOMAIN.md section 3 computed in plain Java over arrays, with no database, to
 * measure what the hardware can do and to check the product's answers. It shares nothing
 * with the product's analysis code but the result records ({@code DealAnalysis},
 * {@code RiskFlag}, the graph's {@code GraphPayload} with its {@code GraphFilter}) and
 * the domain's enums. {@link com.powermap.floor.FloorGraphPayload} draws the deal page's
 * graph from the same arrays.
 */
@NullMarked
package com.powermap.floor;

import org.jspecify.annotations.NullMarked;
