package org.activationdesk.net;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * An HTTPS server on a loopback ephemeral port with a self-signed certificate for localhost and 127.0.0.1 (issued by
 * and to "CN=Example Inspection CA, O=Example Corp", as an inspecting proxy's would be). It answers every request
 * with 404 and no body, as a server that knows no such page does: still an answer.
 */
final class LoopbackHttps implements AutoCloseable {

    static final String ISSUER = "CN=Example Inspection CA,O=Example Corp";
    private static final char[] PASSWORD = "loopback".toCharArray();

    private final HttpsServer server;
    private final AtomicInteger requests = new AtomicInteger();

    LoopbackHttps() throws IOException, GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(), PASSWORD);
        tls.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    /** Trusts this server's certificate and nothing else: a stand-in for the public authorities in tests. */
    static X509ExtendedTrustManager trustingIt() throws IOException, GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(keyStore());
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("no X.509 trust manager");
    }

    private static KeyStore keyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = LoopbackHttps.class.getResourceAsStream("/net/loopback-tls.p12")) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI uri() {
        return URI.create("https://localhost:" + port() + "/");
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
