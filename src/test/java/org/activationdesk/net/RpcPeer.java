package org.activationdesk.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * A TCP peer for probe tests on a loopback ephemeral port. It reads the 72-byte bind, answers it the prepared way,
 * then notes whether the client sent anything more (it must not) before closing. It is no KMS host: it only ever
 * answers a bind, and it never listens on 1688.
 */
public final class RpcPeer implements AutoCloseable {

    public enum Behaviour {
        /** bind_ack accepting the KMS interface. */
        ACK,
        /** bind_ack with provider rejection, abstract syntax not supported. */
        ACK_REJECTED,
        /** bind_nak, protocol version not supported. */
        NAK,
        /** An HTTP error page: something listens, not RPC. */
        GARBAGE,
        /** Reads the bind and never answers. */
        SILENT,
        /** Closes the connection as soon as it is made. */
        CLOSE
    }

    private final Behaviour behaviour;
    private final byte[] answer;
    private final ServerSocket server;
    private final List<byte[]> binds = new CopyOnWriteArrayList<>();
    private final List<Integer> bytesAfterBind = new CopyOnWriteArrayList<>();

    /** @param answer the bytes for ACK, ACK_REJECTED and NAK (built by the test from the documented layouts) */
    public RpcPeer(Behaviour behaviour, byte[] answer) throws IOException {
        this.behaviour = behaviour;
        this.answer = answer == null ? new byte[0] : answer.clone();
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        if (server.getLocalPort() == 1688) {
            throw new IllegalStateException("a test double never listens on 1688");
        }
        Thread thread = new Thread(this::serve, "rpc-peer");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Every bind received, in order. */
    public List<byte[]> binds() {
        return binds;
    }

    /** For each connection, how many bytes the client sent after the bind before it closed (must be 0). */
    public List<Integer> bytesAfterBind() {
        return bytesAfterBind;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                if (behaviour == Behaviour.CLOSE) {
                    continue;
                }
                InputStream in = client.getInputStream();
                byte[] bind = in.readNBytes(72);
                binds.add(bind);
                OutputStream out = client.getOutputStream();
                switch (behaviour) {
                    case GARBAGE -> out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                    case SILENT -> { }
                    default -> out.write(answer);
                }
                out.flush();
                client.setSoTimeout(behaviour == Behaviour.SILENT ? 30_000 : 5_000);
                bytesAfterBind.add(countUntilClosed(in));
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private static int countUntilClosed(InputStream in) throws IOException {
        int count = 0;
        try {
            byte[] buffer = new byte[512];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                count += read;
            }
        } catch (SocketTimeoutException e) {
            return count == 0 ? -1 : count; // -1: the client kept the connection open without sending
        } catch (IOException e) {
            return count; // reset by the client: closed
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    @Override
    public String toString() {
        return behaviour + " on " + port() + ", binds " + binds.size() + ", after " + Arrays.toString(bytesAfterBind.toArray());
    }
}
