package org.activationdesk.platform.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The machine-wide WinHTTP proxy ({@code netsh winhttp show proxy}), which Windows services use, read with
 * {@code WinHttpGetDefaultProxyConfiguration} (winhttp.h): a proxy list such as {@code proxy:8080} or
 * {@code http=a:80;https=b:443}, and a bypass list such as {@code <local>;*.corp.example}. Only read.
 */
public final class WinHttpProxy extends ProxySelector {

    /** WINHTTP_ACCESS_TYPE_NAMED_PROXY: the other types (no proxy, automatic) name none. */
    static final int NAMED_PROXY = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[;\\s]+");

    /** winhttp.dll, as much of it as this reader needs. */
    interface WinHttp extends StdCallLibrary {
        WinHttp INSTANCE = Native.load("winhttp", WinHttp.class, W32APIOptions.DEFAULT_OPTIONS);

        /** BOOL WinHttpGetDefaultProxyConfiguration(WINHTTP_PROXY_INFO *pProxyInfo); the strings are GlobalAlloc'ed. */
        boolean WinHttpGetDefaultProxyConfiguration(ProxyInfo info);
    }

    /** WINHTTP_PROXY_INFO: DWORD dwAccessType; LPWSTR lpszProxy; LPWSTR lpszProxyBypass. */
    @Structure.FieldOrder({"dwAccessType", "lpszProxy", "lpszProxyBypass"})
    public static final class ProxyInfo extends Structure {
        public int dwAccessType;
        public Pointer lpszProxy;
        public Pointer lpszProxyBypass;
    }

    private final String proxies;
    private final List<String> bypass;

    private WinHttpProxy(String proxies, String bypass) {
        this.proxies = proxies;
        this.bypass = bypass == null ? List.of() : List.of(SEPARATORS.split(bypass.strip()));
    }

    /**
     * This machine's WinHTTP proxy; empty when WinHTTP goes direct or its setting cannot be read.
     *
     * @throws UnsatisfiedLinkError when winhttp.dll or JNA's native part cannot be loaded
     */
    public static Optional<WinHttpProxy> read() {
        ProxyInfo info = new ProxyInfo();
        if (!WinHttp.INSTANCE.WinHttpGetDefaultProxyConfiguration(info)) {
            return Optional.empty();
        }
        try {
            return of(info.dwAccessType, wide(info.lpszProxy), wide(info.lpszProxyBypass));
        } finally {
            // winhttp.h: the caller frees both strings with GlobalFree.
            if (info.lpszProxy != null) {
                Kernel32.INSTANCE.GlobalFree(info.lpszProxy);
            }
            if (info.lpszProxyBypass != null) {
                Kernel32.INSTANCE.GlobalFree(info.lpszProxyBypass);
            }
        }
    }

    /** The setting as WinHTTP reports it; empty unless it names a proxy. */
    static Optional<WinHttpProxy> of(int accessType, String proxies, String bypass) {
        if (accessType != NAMED_PROXY || proxies == null || proxies.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new WinHttpProxy(proxies.strip(), bypass));
    }

    private static String wide(Pointer pointer) {
        return pointer == null ? null : pointer.getWideString(0);
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (bypassed(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        return proxyFor(uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT))
                .map(address -> List.of(new Proxy(Proxy.Type.HTTP, address))).orElse(List.of(Proxy.NO_PROXY));
    }

    /** {@code scheme=host:port} for the scheme, else the entry without a scheme; port 80 when none is written. */
    Optional<InetSocketAddress> proxyFor(String scheme) {
        String general = null;
        for (String entry : SEPARATORS.split(proxies)) {
            int equals = entry.indexOf('=');
            String value = (equals < 0 ? entry : entry.substring(equals + 1)).replaceFirst("(?i)^[a-z]+://", "");
            if (equals < 0) {
                general = general == null ? value : general;
            } else if (entry.substring(0, equals).equalsIgnoreCase(scheme)) {
                return address(value);
            }
        }
        return general == null ? Optional.empty() : address(general);
    }

    private static Optional<InetSocketAddress> address(String hostPort) {
        String value = hostPort.endsWith("/") ? hostPort.substring(0, hostPort.length() - 1) : hostPort;
        int colon = value.lastIndexOf(':');
        boolean bracketed = value.startsWith("[");
        int port = 80;
        String host = value;
        if (colon > 0 && (!bracketed || value.lastIndexOf(']') < colon)) {
            try {
                port = Integer.parseInt(value.substring(colon + 1));
                host = value.substring(0, colon);
            } catch (NumberFormatException notAPort) {
                return Optional.empty();
            }
        }
        host = host.replace("[", "").replace("]", "");
        if (host.isEmpty() || port < 1 || port > 65535) {
            return Optional.empty();
        }
        return Optional.of(InetSocketAddress.createUnresolved(host, port));
    }

    /** {@code <local>} is every name without a dot; other entries are names with {@code *} wildcards. */
    boolean bypassed(String host) {
        for (String entry : bypass) {
            String pattern = entry.toLowerCase(Locale.ROOT);
            if (pattern.equals("<local>") ? !host.contains(".")
                    : host.matches(Pattern.quote(pattern).replace("*", "\\E.*\\Q"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // The setting is the machine's; a failed connection is reported by the request, not remembered here.
    }
}
