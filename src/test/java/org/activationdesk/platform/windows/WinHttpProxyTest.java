package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The WinHTTP proxy setting as WinHttpGetDefaultProxyConfiguration hands it over, read into a proxy selector. */
class WinHttpProxyTest {

    private static final URI ACTIVATION = URI.create("https://activation-v2.sls.microsoft.com/");
    private static final String[] SEPARATORS = {";", " ", "; ", ";;"};

    private static List<Proxy> route(String proxies, String bypass, URI uri) {
        return WinHttpProxy.of(WinHttpProxy.NAMED_PROXY, proxies, bypass).orElseThrow().select(uri);
    }

    private static Proxy http(String host, int port) {
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    }

    @Test
    void directAccessOrNoListIsNoProxy() {
        assertThat(WinHttpProxy.of(1, null, null)).isEmpty();
        assertThat(WinHttpProxy.of(4, "proxy:8080", null)).as("automatic proxy names none").isEmpty();
        assertThat(WinHttpProxy.of(WinHttpProxy.NAMED_PROXY, "  ", null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "proxy.corp.example:8080|proxy.corp.example|8080",
            "proxy.corp.example|proxy.corp.example|80",
            "http=web:80;https=secure:3128|secure|3128",
            "HTTPS=secure:3128 http=web:80|secure|3128",
            "http://proxy.corp.example:8080/|proxy.corp.example|8080",
            "[2001:db8::1]:8080|2001:db8::1|8080",
            "general:8080;https=secure:443|secure|443"})
    void theProxyForHttpsIsItsOwnEntryElseTheGeneralOne(String proxies, String host, int port) {
        assertThat(route(proxies, null, ACTIVATION)).containsExactly(http(host, port));
    }

    @Test
    void aListWithOnlyAnotherSchemesEntryIsDirectForHttps() {
        assertThat(route("http=web:80;ftp=files:21", null, ACTIVATION)).containsExactly(Proxy.NO_PROXY);
        assertThat(route("http=web:80", null, URI.create("http://example.test/"))).containsExactly(http("web", 80));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<local>|https://intranet/|true",
            "<local>|https://activation-v2.sls.microsoft.com/|false",
            "*.microsoft.com|https://activation-v2.sls.microsoft.com/|true",
            "*.MICROSOFT.com;10.*|https://Activation-V2.sls.microsoft.com/|true",
            "10.*|https://10.1.2.3/|true",
            "*.corp.example|https://activation-v2.sls.microsoft.com/|false",
            "a.b|https://aXb/|false"})
    void theBypassListTakesWildcardsAndLocalNames(String bypass, String uri, boolean bypassed) {
        List<Proxy> route = route("proxy:8080", bypass, URI.create(uri));

        assertThat(route.get(0) == Proxy.NO_PROXY).as("%s for %s", bypass, uri).isEqualTo(bypassed);
    }

    @Test
    void aBrokenEntryIsNoProxyRatherThanAGuess() {
        assertThat(route("proxy:port", null, ACTIVATION)).containsExactly(Proxy.NO_PROXY);
        assertThat(route("proxy:70000", null, ACTIVATION)).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void everyWrittenListReadsBackToItsHttpsEntry() {
        long seed = 7_2026L;
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            String host = "p" + random.nextInt(1000) + (random.nextBoolean() ? ".corp.example" : "");
            int port = 1 + random.nextInt(65535);
            String other = "h" + random.nextInt(1000) + ":" + (1 + random.nextInt(65535));
            String separator = SEPARATORS[random.nextInt(SEPARATORS.length)];
            String https = (random.nextBoolean() ? "https=" : "HTTPS=") + (random.nextBoolean() ? "http://" : "")
                    + host + ":" + port;
            String list = random.nextBoolean() ? "http=" + other + separator + https : https + separator + "ftp=" + other;

            assertThat(route(list, null, ACTIVATION)).as("seed=%d list=%s", seed, list).containsExactly(http(host, port));
        }
    }
}
