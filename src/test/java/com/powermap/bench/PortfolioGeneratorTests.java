package com.powermap.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.powermap.exchange.PowermapDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated portfolios are the same for the same seed, and have the sizes issue 6
 * asks for.
 */
class PortfolioGeneratorTests {

	@Test
	void the_same_seed_generates_the_same_documents() {
		for (Scale scale : Scale.values()) {
			PortfolioGenerator one = new PortfolioGenerator(scale, PortfolioGenerator.SEED);
			PortfolioGenerator two = new PortfolioGenerator(scale, PortfolioGenerator.SEED);
			assertThat(two.world()).isEqualTo(one.world());
			int last = one.accounts() - 1;
			assertThat(two.account(0)).as("scale %s, first account", scale).isEqualTo(one.account(0));
			assertThat(two.account(last)).as("scale %s, last account", scale).isEqualTo(one.account(last));
		}
	}

	@Test
	void another_seed_generates_another_portfolio() {
		PowermapDocument one = new PortfolioGenerator(Scale.S, 1).account(0);
		PowermapDocument two = new PortfolioGenerator(Scale.S, 2).account(0);

		assertThat(two.relationships()).isNotEqualTo(one.relationships());
	}

	@Test
	void scale_s_is_one_account_of_50_people_and_3_opportunities_of_5_to_15_involvements() {
		PortfolioGenerator generator = new PortfolioGenerator(Scale.S, PortfolioGenerator.SEED);
		PowermapDocument account = generator.account(0);

		assertThat(generator.accounts()).isOne();
		assertThat(account.people()).filteredOn((p) -> p.org().equals(generator.accountId(0))).hasSize(50);
		assertThat(account.opportunities()).hasSize(3)
			.allSatisfy((o) -> assertThat(o.involvements()).hasSizeBetween(5, 15));
		// About five relationships per person.
		assertThat(account.relationships()).hasSizeBetween(150, 350);
	}

	@Test
	void scale_m_has_10000_people_and_about_50000_relationships() {
		PowermapDocument account = new PortfolioGenerator(Scale.M, PortfolioGenerator.SEED).account(0);

		assertThat(account.people()).filteredOn((p) -> p.org().equals("a0001")).hasSize(10_000);
		assertThat(account.relationships()).hasSizeBetween(40_000, 60_000);
		assertThat(account.opportunities()).hasSize(20);
	}

	@Test
	void scale_l_has_5000_accounts_of_10_to_1000_people_500000_in_all() {
		int[] sizes = PortfolioGenerator.sizes(Scale.L, PortfolioGenerator.SEED);

		assertThat(sizes).hasSize(5_000);
		assertThat(Arrays.stream(sizes).sum()).isEqualTo(500_000);
		assertThat(Arrays.stream(sizes).min().getAsInt()).isGreaterThanOrEqualTo(10);
		assertThat(Arrays.stream(sizes).max().getAsInt()).isLessThanOrEqualTo(1_000).isGreaterThan(500);
	}

	@Test
	void identities_are_unique_within_an_account() {
		PowermapDocument account = new PortfolioGenerator(Scale.M, 7).account(0);
		Set<String> seen = new HashSet<>();

		for (PowermapDocument.Relationship r : account.relationships()) {
			assertThat(seen.add(r.identity())).as(r.identity()).isTrue();
		}
	}

}
