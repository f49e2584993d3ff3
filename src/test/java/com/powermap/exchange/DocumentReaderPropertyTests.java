package com.powermap.exchange;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * jqwik throws random text at the reading of a {@code powermap/v1} document (the first
 * step of every import, before the database): it is refused with errors that name a
 * place, or read, and nothing else ever happens. {@code ImportFuzzTests} does the same
 * through the database, where a refusal must also leave no trace.
 */
class DocumentReaderPropertyTests {

	static final ObjectMapper MAPPER = JsonMapper.builder().build();

	@Property(tries = 100)
	void random_text_is_refused_with_errors_that_name_a_place(@ForAll("texts") String text) {
		assertThatExceptionOfType(InvalidDocumentException.class).isThrownBy(() -> {
			DocumentReader.Reading reading = DocumentReader.read(MAPPER, text);
			if (!reading.errors().isEmpty()) {
				throw new InvalidDocumentException(reading.errors());
			}
		}).satisfies((ex) -> assertThat(ex.errors()).isNotEmpty().allSatisfy((error) -> {
			assertThat(error.path()).startsWith("$");
			assertThat(error.message()).isNotBlank();
		}));
	}

	@Property(tries = 100)
	void random_values_in_a_document_are_read_or_refused_never_crash(@ForAll("values") String value,
			@ForAll("fields") String field) {
		String json = """
				{"format": "powermap/v1",
				 "organizations": [{"id": "c", "name": "C", "kind": "CUSTOMER"}],
				 "people": [{"id": "p", "name": "P", "org": "c"}, {"id": "q", "name": "Q", "org": "c"}],
				 "relationships": [{"type": "INFLUENCES", "from": "p", "to": "q", "strength": 0.5}],
				 "opportunities": [{"id": "d", "name": "D", "account": "c", "claimedStage": "TARGET",
				   "amount": 10, "involvements": [{"person": "p", "role": "USER",
				     "assessments": [{"at": "2026-01-01", "stage": "INTENT"}]}]}]}
				""".replace("\"" + field + "\"", "\"" + field + "\"" + "@")
			.replace("\"" + field + "\"@: ", "\"" + field + "\": " + value + ", \"was\": ");

		DocumentReader.Reading reading = DocumentReader.read(MAPPER, json);

		assertThat(reading.errors()).allSatisfy((error) -> assertThat(error.path()).startsWith("$"));
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
				Arbitraries.strings().withChars("{}[]\":,0123456789eE.-+ntrufalsNI\\ ").ofMaxLength(300));
	}

	@Provide
	Arbitrary<String> fields() {
		return Arbitraries.of("format", "id", "name", "kind", "org", "type", "from", "to", "strength", "account",
				"claimedStage", "amount", "person", "role", "at", "stage", "organizations", "people", "relationships",
				"opportunities", "involvements", "assessments");
	}

	@Provide
	Arbitrary<String> values() {
		Arbitrary<String> strings = Arbitraries.strings().all().ofMaxLength(40).map(MAPPER::writeValueAsString);
		Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.bigDecimals().map(Object::toString),
				Arbitraries.integers().between(-400, 400).map((e) -> "1e" + e),
				Arbitraries.longs().map(Object::toString));
		return Arbitraries.oneOf(strings, numbers, Arbitraries.of("null", "true", "false", "[]", "{}", "[1, \"p\"]",
				"{\"id\": \"p\"}", "\"2026-02-30\"", "\"\"", "\"   \""));
	}

}
