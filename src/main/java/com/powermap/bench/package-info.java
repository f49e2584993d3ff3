/**
 * The benchmark: a deterministic generator of {@code powermap/v1} portfolios at three
 * sizes and the {@code bench} command that measures the product against the in-memory
 * floor of {@code com.powermap.floor}.
 */
@NullMarked
package com.powermap.bench;

import org.jspecify.annotations.NullMarked;
