package com.powermap.risk;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Request values become query parameters by the types the header declares, and every
 * missing or wrong one is named.
 */
class QueryParametersTests {

	static final List<SavedQuery.Parameter> DECLARED = List.of(new SavedQuery.Parameter("people", "list of person ids"),
			new SavedQuery.Parameter("asOf", "date"), new SavedQuery.Parameter("opportunity", "opportunity id"),
			new SavedQuery.Parameter("threshold", "float"), new SavedQuery.Parameter("top", "integer"));

	@Test
	void dates_become_dates_and_the_other_values_pass_as_they_are() {
		Map<String, Object> values = QueryParameters.convert(DECLARED, Map.of("people", List.of("gm", "vp"), "asOf",
				"2016-03-13", "opportunity", "mes", "threshold", 0.25, "top", 3));

		assertThat(values).containsEntry("asOf", LocalDate.of(2016, 3, 13))
			.containsEntry("people", List.of("gm", "vp"))
			.containsEntry("opportunity", "mes")
			.containsEntry("threshold", 0.25)
			.containsEntry("top", 3L);
	}

	@Test
	void every_missing_wrong_or_unknown_parameter_is_named() {
		Map<String, Object> given = new HashMap<>();
		given.put("people", "gm");
		given.put("asOf", "13/03/2016");
		given.put("opportunity", null);
		given.put("threshold", "high");
		given.put("top", 2.5);
		given.put("asof", "2016-03-13");

		var ex = catchThrowableOfType(QueryParameters.InvalidParametersException.class,
				() -> QueryParameters.convert(DECLARED, given));

		assertThat(ex.problems()).extracting(QueryParameters.Problem::path)
			.containsExactly("people", "asOf", "opportunity", "threshold", "top", "asof");
		assertThat(ex.problems().get(1).message()).isEqualTo("unparseable date \"13/03/2016\": expected YYYY-MM-DD");
		assertThat(ex.problems().get(2).message()).startsWith("missing parameter");
		assertThat(ex.problems().get(5).message()).startsWith("unknown parameter");
	}

	@Test
	void a_query_without_parameters_takes_an_empty_object() {
		assertThat(QueryParameters.convert(List.of(), Map.of())).isEmpty();
	}

}
