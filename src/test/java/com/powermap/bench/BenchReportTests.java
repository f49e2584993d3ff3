package com.powermap.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown table of a run splits deal analyses by account size when the accounts
 * differ in size (scale L), and not when there is one account (S, M); a run of part of a
 * scale says so.
 */
class BenchReportTests {

	static final Machine MACHINE = new Machine(2, 1L << 34, 1L << 32, "test cpu", "test jvm", "test os");

	static final BenchReport.Import IMPORTED = new BenchReport.Import(10, 20, 1.0, 0.01);

	@Test
	void deal_analyses_are_split_by_the_size_of_their_account() {
		List<BenchReport.Point> points = List.of(new BenchReport.Point(10, 4.0, 0.1),
				new BenchReport.Point(100, 6.0, 0.3), new BenchReport.Point(250, 30.0, 1.0),
				new BenchReport.Point(900, 90.0, 3.0));

		String md = report(points).markdown();

		assertThat(md).contains("| up to 100 | 2 | 4.00 | 6.00 | 0.100 | 40 |")
			.contains("| 101 to 300 | 1 | 30.00 | 30.00 | 1.000 | 30 |")
			.contains("| over 300 | 1 | 90.00 | 90.00 | 3.000 | 30 |");
	}

	@Test
	void one_account_size_gives_no_split() {
		String md = report(List.of(new BenchReport.Point(50, 4.0, 0.1), new BenchReport.Point(50, 5.0, 0.1)))
			.markdown();

		assertThat(md).doesNotContain("by account size");
	}

	@Test
	void a_run_of_part_of_a_scale_says_so() {
		List<BenchReport.Point> points = List.of(new BenchReport.Point(50, 4.0, 0.1));

		assertThat(report(points, 1500).markdown()).startsWith("### Scale L (its first 1,500 accounts only):");
		assertThat(report(points, 1500).toJson()).containsEntry("accounts", 1500);
		assertThat(report(points, 5000).markdown()).startsWith("### Scale L:");
		assertThat(report(points, 5000).toJson()).doesNotContainKey("accounts");
	}

	private static BenchReport report(List<BenchReport.Point> points) {
		return report(points, Scale.L.accounts());
	}

	private static BenchReport report(List<BenchReport.Point> points, int accounts) {
		return new BenchReport(Scale.L, accounts, false, MACHINE, true, IMPORTED,
				List.of(BenchReport.Operation.of("deal-analysis", List.of(5.0), List.of(0.2))), points, List.of());
	}

}
