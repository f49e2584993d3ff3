package com.powermap.deals;

/**
 * The funnel stages, in order: {@link #ordinal()} is the stage index of DOMAIN.md.
 */
public enum Stage {

	TARGET, INTENT, APPROVAL, SOLUTION, COMMERCIAL, CLOSED

}
