package com.powermap.exchange;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's request size limit, here at 1 KB: a larger body gets 413 and a message naming
 * the limit and its setting, whether it announces its length or comes in chunks; a
 * smaller one reaches the endpoint whole.
 */
class RequestSizeLimitTests {

	final RequestSizeLimit limit = new RequestSizeLimit(DataSize.ofKilobytes(1), JsonMapper.builder().build());

	@Test
	void a_body_announced_above_the_limit_is_refused_unread_with_413() throws Exception {
		MockHttpServletRequest request = post("x".repeat(1025));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.limit.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(
				"{\"errors\":[{\"path\":\"\",\"message\":\"the request body is 1.0 KB; at most 1.0 KB is accepted "
						+ "(powermap.api.max-request-size)\"}]}");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void a_chunked_body_above_the_limit_is_refused_with_413() throws Exception {
		MockHttpServletRequest request = chunked("x".repeat(5000));
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.limit.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("goes beyond that");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void a_body_within_the_limit_reaches_the_endpoint_whole() throws Exception {
		String body = "y".repeat(1024);
		for (MockHttpServletRequest request : new MockHttpServletRequest[] { post(body), chunked(body) }) {
			MockFilterChain chain = new MockFilterChain();
			this.limit.doFilter(request, new MockHttpServletResponse(), chain);

			assertThat(chain.getRequest()).isNotNull();
			assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
				.isEqualTo(body);
		}
	}

	@Test
	void pages_outside_the_api_are_not_its_business() throws Exception {
		MockHttpServletRequest request = post("z".repeat(5000));
		request.setRequestURI("/exchange");
		MockFilterChain chain = new MockFilterChain();

		this.limit.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

	private static MockHttpServletRequest post(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/import");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static MockHttpServletRequest chunked(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/import") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}

		};
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

}
