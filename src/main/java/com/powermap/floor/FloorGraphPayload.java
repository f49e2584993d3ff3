package com.powermap.floor;

/**
 * The graph payload of one account from the floor's arrays: the same people and
 * relationships as {@code bench/account-graph}, copied into a fresh array as a payload
 * would be.
 */
public final class FloorGraphPayload {

	private final FloorGraph graph;

	public FloorGraphPayload(FloorGraph graph) {
		this.graph = graph;
	}

	/**
	 * Loads one account's payload.
	 * @return how many people and how many relationships it holds
	 */
	public int[] load(String account) {
		FloorGraph g = this.graph;
		Integer org = g.organization(account);
		if (org == null) {
			throw new IllegalArgumentException("the floor has no account \"" + account + "\"");
		}
		int[] payload = new int[64];
		int relationships = 0;
		int people = 0;
		for (int x = g.memberStart[org]; x < g.memberStart[org + 1]; x++) {
			int p = g.members[x];
			people++;
			for (int y = g.outStart[p]; y < g.outStart[p + 1]; y++) {
				int e = g.outEdges[y];
				if (g.type[e] != FloorGraph.ENGAGED) {
					payload = add(payload, relationships++, e);
				}
			}
			for (int y = g.inStart[p]; y < g.inStart[p + 1]; y++) {
				int e = g.inEdges[y];
				if (g.type[e] == FloorGraph.KNOWS || g.type[e] == FloorGraph.ENGAGED) {
					payload = add(payload, relationships++, e);
				}
			}
		}
		return new int[] { people, relationships };
	}

	private static int[] add(int[] payload, int at, int edge) {
		int[] array = (at == payload.length) ? java.util.Arrays.copyOf(payload, at * 2) : payload;
		array[at] = edge;
		return array;
	}

}
