package com.powermap.deals;

/**
 * A stakeholder's attitude toward us in one deal, with its score.
 */
public enum Attitude {

	CHAMPION(2), SUPPORTER(1), NEUTRAL(0), SKEPTIC(-1), OPPONENT(-2);

	private final int score;

	Attitude(int score) {
		this.score = score;
	}

	public int score() {
		return this.score;
	}

}
