package com.powermap.exchange;

/**
 * What an import did: how many elements of each kind the document held, and how many
 * nodes and relationships were new (both zero when the same document is imported again).
 */
public record ImportResult(int organizations, int people, int relationships, int opportunities, int involvements,
		int assessments, int nodesCreated, int relationshipsCreated) {

}
