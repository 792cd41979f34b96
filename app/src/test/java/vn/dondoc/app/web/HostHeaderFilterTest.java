package vn.dondoc.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** DNS rebinding: a browser reaching this server under a foreign name is refused, in Vietnamese. */
class HostHeaderFilterTest {
    private final HostHeaderFilter filter = new HostHeaderFilter(messages(), "dondoc.sotp.gov.vn, Proxy.Local");

    @Test
    void addressesLocalhostAndConfiguredNamesPass() {
        assertThat(filter.allowed("127.0.0.1:8080")).isTrue();
        assertThat(filter.allowed("10.1.2.3")).isTrue();
        assertThat(filter.allowed("[::1]:8080")).isTrue();
        assertThat(filter.allowed("localhost:18080")).isTrue();
        assertThat(filter.allowed("LOCALHOST")).isTrue();
        assertThat(filter.allowed("dondoc.sotp.gov.vn")).isTrue();
        assertThat(filter.allowed("proxy.local:443")).isTrue();
        assertThat(filter.allowed(null)).isTrue();
    }

    @Test
    void foreignNamesAreRefused() {
        assertThat(filter.allowed("evil.example")).isFalse();
        assertThat(filter.allowed("evil.example:8080")).isFalse();
        assertThat(filter.allowed("localhost.evil.example")).isFalse();
        assertThat(filter.allowed("127.0.0.1.nip.io")).isFalse();
        assertThat(filter.allowed("dondoc.sotp.gov.vn.evil.example")).isFalse();
    }

    @Test
    void refusalIsAVietnameseProblemAndStopsTheChain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/documents");
        request.addHeader("Host", "rebind.evil.example:8080");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(421);
        assertThat(chain.getRequest())
                .as("the request never reaches the application")
                .isNull();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Tên máy chủ không được phép").doesNotContain("Exception");
    }

    @Test
    void knownHostReachesTheApplication() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/documents");
        request.addHeader("Host", "localhost:8080");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static Messages messages() {
        ResourceBundleMessageSource ms = new ResourceBundleMessageSource();
        ms.setBasename("messages");
        ms.setDefaultEncoding("UTF-8");
        ms.setFallbackToSystemLocale(false);
        return new Messages(ms);
    }
}
