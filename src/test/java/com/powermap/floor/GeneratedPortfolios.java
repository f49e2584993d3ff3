package com.powermap.floor;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.powermap.bench.PortfolioGenerator;
import com.powermap.bench.Scale;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.PowermapDocument;

/**
 * The small generated portfolios the floor is checked on: the world and the one account
 * of scale S for a seed, in the floor and, when given an import, in the product's
 * database too.
 */
final class GeneratedPortfolios {

	/** Two seeds; the second is checked as of twenty days back (see {@link #asOf}). */
	static final long[] SEEDS = { PortfolioGenerator.SEED, 11 };

	private GeneratedPortfolios() {
	}

	/**
	 * The date a seed is checked on: twenty days back for the second, so that other
	 * assessments, relationships, ties and departures count.
	 */
	static LocalDate asOf(long seed) {
		return (seed == SEEDS[1]) ? PortfolioGenerator.AS_OF.minusDays(20) : PortfolioGenerator.AS_OF;
	}

	/**
	 * The floor's graph of a seed's portfolio, imported into the product too if given.
	 */
	static FloorGraph load(long seed, @Nullable ExchangeService product) {
		PortfolioGenerator generator = new PortfolioGenerator(Scale.S, seed);
		FloorGraph graph = new FloorGraph();
		for (PowermapDocument document : List.of(generator.world(), generator.account(0))) {
			if (product != null) {
				product.importDocument(document);
			}
			graph.add(document);
		}
		graph.freeze();
		return graph;
	}

}
