package org.activationdesk.net;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;

/**
 * A DNS server for tests, on a loopback ephemeral port: UDP always, TCP on the same port number when asked (for the
 * truncation fallback). It answers every question with one prepared kind of answer. Nothing here ever leaves the
 * loopback interface.
 */
public final class TinyDnsServer implements AutoCloseable {

    public enum Answer {
        /** The prepared SRV records. */
        SRV,
        NXDOMAIN,
        /** NOERROR with an empty answer section. */
        EMPTY,
        SERVFAIL,
        /** Over UDP: TC set, no records; over TCP: the SRV records. */
        TRUNCATED,
        /** The query's id followed by bytes that are no DNS message. */
        GARBAGE,
        /** Never answers. */
        SILENT,
        /** Whatever the test's responder makes of the query (over UDP). */
        CUSTOM
    }

    public record Srv(String target, int port, int priority, int weight) {
    }

    /** How many UDP ports are tried before giving up on one whose number is free for TCP too. */
    private static final int MAX_ATTEMPTS = 20;

    private final Answer answer;
    private final List<Srv> records;
    private final UnaryOperator<byte[]> responder;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final AtomicInteger udpQueries = new AtomicInteger();
    private final AtomicInteger tcpQueries = new AtomicInteger();

    public TinyDnsServer(Answer answer, List<Srv> records, boolean withTcp) throws IOException {
        this(answer, records, withTcp, null);
    }

    /** A server that answers each UDP query with what {@code responder} makes of its bytes (null: no answer). */
    public static TinyDnsServer answering(UnaryOperator<byte[]> responder) throws IOException {
        return new TinyDnsServer(Answer.CUSTOM, List.of(), false, responder);
    }

    private TinyDnsServer(Answer answer, List<Srv> records, boolean withTcp, UnaryOperator<byte[]> responder)
            throws IOException {
        this.answer = answer;
        this.records = List.copyOf(records);
        this.responder = responder;
        DatagramSocket boundUdp = null;
        ServerSocket boundTcp = null;
        for (int attempt = 1; boundUdp == null; attempt++) {
            DatagramSocket candidate = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try {
                boundTcp = withTcp ? tcpOnSamePort(candidate.getLocalPort()) : null;
                boundUdp = candidate;
            } catch (SocketException taken) {
                // The free UDP port's number is taken for TCP (BindException), or on Windows lies in a range reserved
                // for TCP (netsh int ipv4 show excludedportrange protocol=tcp; WSAEACCES): another number.
                candidate.close();
                if (attempt == MAX_ATTEMPTS) {
                    throw taken;
                }
            }
        }
        this.udp = boundUdp;
        this.tcp = boundTcp;
        daemon(this::serveUdp, "tiny-dns-udp").start();
        if (tcp != null) {
            daemon(this::serveTcp, "tiny-dns-tcp").start();
        }
    }

    public int port() {
        return udp.getLocalPort();
    }

    public int udpQueries() {
        return udpQueries.get();
    }

    public int tcpQueries() {
        return tcpQueries.get();
    }

    private static ServerSocket tcpOnSamePort(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private void serveUdp() {
        byte[] buffer = new byte[512];
        while (!udp.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                udpQueries.incrementAndGet();
                byte[] reply = reply(java.util.Arrays.copyOf(packet.getData(), packet.getLength()), false);
                if (reply != null) {
                    udp.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serveTcp() {
        while (!tcp.isClosed()) {
            try (Socket client = tcp.accept()) {
                tcpQueries.incrementAndGet();
                DataInputStream in = new DataInputStream(client.getInputStream());
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                byte[] reply = reply(query, true);
                if (reply != null) {
                    DataOutputStream out = new DataOutputStream(client.getOutputStream());
                    out.writeShort(reply.length);
                    out.write(reply);
                    out.flush();
                }
            } catch (IOException e) {
                if (tcp.isClosed()) {
                    return;
                }
            }
        }
    }

    private byte[] reply(byte[] queryBytes, boolean overTcp) throws IOException {
        if (answer == Answer.SILENT) {
            return null;
        }
        if (answer == Answer.CUSTOM) {
            return responder.apply(queryBytes);
        }
        if (answer == Answer.GARBAGE) {
            return new byte[] {queryBytes[0], queryBytes[1], 'n', 'o', 't', ' ', 'D', 'N', 'S'};
        }
        Message query = new Message(queryBytes);
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.addRecord(query.getQuestion(), Section.QUESTION);
        switch (answer) {
            case NXDOMAIN -> response.getHeader().setRcode(Rcode.NXDOMAIN);
            case SERVFAIL -> response.getHeader().setRcode(Rcode.SERVFAIL);
            case EMPTY -> { }
            case TRUNCATED -> {
                if (overTcp) {
                    addRecords(response, query.getQuestion().getName());
                } else {
                    response.getHeader().setFlag(Flags.TC);
                }
            }
            default -> addRecords(response, query.getQuestion().getName());
        }
        return response.toWire();
    }

    /** The SRV answer this server gives for a query, as bytes: for tests that cut or change it. */
    public static byte[] srvAnswer(byte[] query, List<Srv> records) throws IOException {
        TinyDnsServer template = new TinyDnsServer(Answer.SRV, records, false, null);
        try {
            return template.reply(query, false);
        } finally {
            template.close();
        }
    }

    private void addRecords(Message response, Name name) throws IOException {
        for (Srv srv : records) {
            response.addRecord(new SRVRecord(name, DClass.IN, 3600, srv.priority(), srv.weight(), srv.port(),
                    Name.fromString(srv.target())), Section.ANSWER);
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        udp.close();
        if (tcp != null) {
            try {
                tcp.close();
            } catch (IOException e) {
                // closing a test double
            }
        }
    }
}
