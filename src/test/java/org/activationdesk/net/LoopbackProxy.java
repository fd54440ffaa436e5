package org.activationdesk.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy double on a loopback ephemeral port. It reads one request head and then, as told: asks for a
 * password (407), refuses (403), says nothing at all, or opens the tunnel a CONNECT asks for, to loopback only.
 */
final class LoopbackProxy implements AutoCloseable {

    enum Behaviour { ASK_FOR_PASSWORD, REFUSE, SILENT, TUNNEL }

    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "loopback-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    final CountDownLatch connected = new CountDownLatch(1);

    LoopbackProxy(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    /** The first line of every request received, such as {@code CONNECT localhost:4711 HTTP/1.1}. */
    List<String> requestLines() {
        return requestLines;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            connected.countDown();
            InputStream in = client.getInputStream();
            String head = readHead(in);
            String requestLine = head.lines().findFirst().orElse("");
            requestLines.add(requestLine);
            OutputStream out = client.getOutputStream();
            switch (behaviour) {
                case ASK_FOR_PASSWORD -> out.write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                        + "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                case REFUSE -> out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                case SILENT -> in.read(); // until the client gives up
                case TUNNEL -> tunnel(requestLine, in, out);
            }
            out.flush();
        } catch (IOException gone) {
            // the client closed: nothing more to do
        }
    }

    /** {@code CONNECT localhost:port}: a tunnel to that loopback port, bytes copied both ways until one side closes. */
    private void tunnel(String requestLine, InputStream in, OutputStream out) throws IOException {
        String target = requestLine.split(" ")[1];
        int port = Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
        try (Socket server = new Socket(InetAddress.getLoopbackAddress(), port)) {
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            threads.execute(() -> copy(server, out));
            in.transferTo(server.getOutputStream());
        }
    }

    private static void copy(Socket from, OutputStream to) {
        try {
            from.getInputStream().transferTo(to);
        } catch (IOException closed) {
            // either side closed the tunnel
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
