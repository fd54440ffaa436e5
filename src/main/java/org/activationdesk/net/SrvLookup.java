package org.activationdesk.net;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.activationdesk.core.volume.DiscoveryOutcome;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.DnsServer;
import org.activationdesk.core.volume.SrvRecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.WireParseException;

/**
 * The SRV lookup a KMS client makes, with dnsjava: one query for {@code _vlmcs._tcp.<domain>}, to the given server
 * or to the computer's own. A truncated UDP answer is asked again over TCP, as a client does (dnsjava does this
 * itself). Every way the lookup can go is a {@link DiscoveryResult}; only an interrupt is thrown.
 */
final class SrvLookup {

    DiscoveryResult lookup(DnsDomain domain, Optional<DnsServer> server, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        Message query;
        Resolver resolver;
        try {
            query = Message.newQuery(Record.newRecord(Name.fromString(domain.srvName() + "."), Type.SRV, DClass.IN));
            resolver = resolver(server, timeout);
        } catch (TextParseException e) {
            return failed(domain, server, DiscoveryOutcome.FAILED, start, "name too long for DNS");
        } catch (UnknownHostException e) {
            return failed(domain, server, DiscoveryOutcome.FAILED, start, "DNS server name does not resolve");
        }
        CompletableFuture<Message> answer = resolver.sendAsync(query).toCompletableFuture();
        try {
            return read(domain, server, answer.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS), start);
        } catch (TimeoutException e) {
            return failed(domain, server, DiscoveryOutcome.TIMEOUT, start, "");
        } catch (InterruptedException e) {
            throw e;
        } catch (ExecutionException e) {
            return failure(domain, server, e.getCause(), start);
        } finally {
            answer.cancel(true); // a lookup abandoned by timeout or interrupt must not keep waiting
        }
    }

    private static Resolver resolver(Optional<DnsServer> server, Duration timeout) throws UnknownHostException {
        Resolver resolver;
        if (server.isPresent()) {
            SimpleResolver simple = new SimpleResolver(server.get().host());
            simple.setPort(server.get().port());
            resolver = simple;
        } else {
            resolver = new ExtendedResolver(); // the servers this computer is configured with
        }
        resolver.setTimeout(timeout);
        return resolver;
    }

    private static DiscoveryResult read(DnsDomain domain, Optional<DnsServer> server, Message response, long start) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return failed(domain, server, DiscoveryOutcome.NO_SUCH_NAME, start, "NXDOMAIN");
        }
        if (rcode != Rcode.NOERROR) {
            return failed(domain, server, DiscoveryOutcome.FAILED, start, "DNS " + Rcode.string(rcode));
        }
        if (response.getHeader().getFlag(Flags.TC)) {
            // Still cut short after dnsjava's retry over TCP: the records we have may not be all of them.
            return failed(domain, server, DiscoveryOutcome.FAILED, start, "truncated answer");
        }
        List<SrvRecord> records = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record instanceof SRVRecord srv) {
                records.add(new SrvRecord(srv.getTarget().toString(true), srv.getPort(), srv.getPriority(),
                        srv.getWeight(), srv.getTTL()));
            }
        }
        return DiscoveryResult.answered(domain, server, records, since(start));
    }

    private static DiscoveryResult failure(DnsDomain domain, Optional<DnsServer> server, Throwable cause, long start) {
        if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException
                || cause instanceof java.io.InterruptedIOException) {
            return failed(domain, server, DiscoveryOutcome.TIMEOUT, start, "");
        }
        if (cause instanceof WireParseException) {
            return failed(domain, server, DiscoveryOutcome.FAILED, start, "unreadable answer");
        }
        String what = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                : cause.getClass().getSimpleName();
        return failed(domain, server, DiscoveryOutcome.FAILED, start, what);
    }

    private static DiscoveryResult failed(DnsDomain domain, Optional<DnsServer> server, DiscoveryOutcome outcome,
                                          long start, String detail) {
        return DiscoveryResult.failed(domain, server, outcome, since(start), detail);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
