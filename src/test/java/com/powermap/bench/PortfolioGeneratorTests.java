package com.powermap.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.powermap.exchange.PowermapDocument;
import com.powermap.floor.FloorGraph;

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
	void a_document_of_several_accounts_holds_theirs_with_paths_counted_in_it() {
		PortfolioGenerator generator = new PortfolioGenerator(Scale.L, PortfolioGenerator.SEED);
		PowermapDocument first = generator.account(3);
		PowermapDocument second = generator.account(4);

		PowermapDocument both = generator.accounts(3, 5);

		assertThat(both.organizations()).extracting(PowermapDocument.Organization::id)
			.containsExactly(generator.accountId(3), generator.accountId(4));
		assertThat(both.people()).extracting(PowermapDocument.Person::id)
			.containsExactlyElementsOf(concat(first.people(), second.people(), PowermapDocument.Person::id));
		assertThat(both.relationships()).extracting(PowermapDocument.Relationship::identity)
			.containsExactlyElementsOf(
					concat(first.relationships(), second.relationships(), PowermapDocument.Relationship::identity));
		assertThat(both.opportunities()).extracting(PortfolioGeneratorTests::whoIsInvolved)
			.containsExactlyElementsOf(
					concat(first.opportunities(), second.opportunities(), PortfolioGeneratorTests::whoIsInvolved));
		int n = first.people().size();
		assertThat(both.people().get(n).source()).hasToString("$.people[" + n + "]");
		assertThat(both.organizations().get(1).source()).hasToString("$.organizations[1]");
		int o = first.opportunities().size();
		assertThat(both.opportunities().get(o).involvements().get(0).source())
			.hasToString("$.opportunities[" + o + "].involvements[0]");
	}

	@Test
	void the_bench_draws_its_random_deals_from_the_same_list_however_the_accounts_are_grouped() {
		PortfolioGenerator generator = new PortfolioGenerator(Scale.L, PortfolioGenerator.SEED);
		FloorGraph together = new FloorGraph();
		together.add(generator.world());
		together.add(generator.accounts(0, 20));
		FloorGraph alone = new FloorGraph();
		alone.add(generator.world());
		for (int i = 0; i < 20; i++) {
			alone.add(generator.account(i));
		}
		// A delegation for one deal names it before its own entry does: the floor meets
		// the deals of a document of twenty accounts in another order.
		assertThat(together.opportunities()).containsExactlyInAnyOrderElementsOf(alone.opportunities())
			.isNotEqualTo(alone.opportunities());

		assertThat(BenchCommand.dealsToDraw(together)).isEqualTo(BenchCommand.dealsToDraw(alone));
	}

	private static <T, R> List<R> concat(List<T> one, List<T> two, Function<T, R> key) {
		return Stream.concat(one.stream(), two.stream()).map(key).toList();
	}

	/**
	 * An opportunity's id and, in order, each involved person with their assessments'
	 * days.
	 */
	private static String whoIsInvolved(PowermapDocument.Opportunity opportunity) {
		return opportunity.id() + ": "
				+ opportunity.involvements()
					.stream()
					.map((i) -> i.person() + " " + i.role() + " "
							+ i.assessments().stream().map((a) -> String.valueOf(a.at())).toList())
					.toList();
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
