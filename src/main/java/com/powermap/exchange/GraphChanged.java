package com.powermap.exchange;

/**
 * Published by every import that writes (documents, org charts, and the edits of the UI,
 * which are small documents), inside its transaction; listeners that care about what was
 * committed use {@code @TransactionalEventListener}, which hears it after the commit
 * only. A what-if's hypothetical import, always rolled back, does not publish it.
 */
public record GraphChanged() {

}
