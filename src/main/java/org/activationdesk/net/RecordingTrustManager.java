package org.activationdesk.net;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks a server's certificate exactly as the trust manager it wraps does, and remembers what was presented and why
 * it was refused, so a refusal can name the authority that issued the certificate instead. It never accepts what
 * the wrapped manager refuses.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager checked;
    private volatile X509Certificate[] presented;
    private volatile CertificateException failure;

    RecordingTrustManager(X509ExtendedTrustManager checked) {
        this.checked = checked;
    }

    /** Why the server's certificate was refused, or null. */
    CertificateException failure() {
        return failure;
    }

    /** The issuer at the top of the chain the server presented (its authority), as an RFC 2253 name. */
    String presentedIssuer() {
        X509Certificate[] chain = presented;
        if (chain == null || chain.length == 0) {
            return "?";
        }
        return chain[chain.length - 1].getIssuerX500Principal().getName();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        record(chain, () -> checked.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        record(chain, () -> checked.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        record(chain, () -> checked.checkServerTrusted(chain, authType));
    }

    /** A check of the wrapped manager. */
    private interface Check {
        void run() throws CertificateException;
    }

    private void record(X509Certificate[] chain, Check check) throws CertificateException {
        presented = chain.clone();
        try {
            check.run();
        } catch (CertificateException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("this client never accepts connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("this client never accepts connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this client never accepts connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return checked.getAcceptedIssuers();
    }
}
