package io.opsledger.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP/1.1 connection driven by hand, for tests about what the server does with the connection
 * itself (keep-alive after a refusal, pipelined requests, bodies in chunks): every request goes
 * over this one socket, and every wait is bounded.
 */
public final class RawHttpConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "raw-http-writer");
        thread.setDaemon(true);
        return thread;
    });

    public RawHttpConnection(int port) {
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** An answer: status, headers (names in lower case), body. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean closesConnection() {
            return "close".equalsIgnoreCase(headers.getOrDefault("connection", ""));
        }
    }

    /** A request with its body and a Content-Length. */
    public static byte[] request(String method, String path, Map<String, String> headers, byte[] body) {
        return concat(head(method, path, headers, "Content-Length: " + body.length), body);
    }

    /** A request whose body goes in chunks of 8 KB (Transfer-Encoding: chunked). */
    public static byte[] chunkedRequest(String method, String path, Map<String, String> headers, byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head(method, path, headers, "Transfer-Encoding: chunked"));
        for (int offset = 0; offset < body.length; offset += 8192) {
            int length = Math.min(8192, body.length - offset);
            bytes.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            bytes.write(body, offset, length);
            bytes.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        bytes.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return bytes.toByteArray();
    }

    /** Only the head of a request that announces a body of {@code contentLength} bytes. */
    public static byte[] head(String method, String path, Map<String, String> headers, long contentLength) {
        return head(method, path, headers, "Content-Length: " + contentLength);
    }

    private static byte[] head(String method, String path, Map<String, String> headers, String framing) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append(framing).append("\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Writes these requests in one go (several at once: pipelined), from a thread of its own: a
     * server may answer before it reads a body that does not fit in the socket buffers, and the
     * caller reads the answer meanwhile. The future ends when everything is written.
     */
    public Future<?> write(byte[]... requests) {
        byte[] all = concat(requests);
        return writer.submit(() -> {
            out.write(all);
            out.flush();
            return null;
        });
    }

    /** The next answer on this connection, or an exception when none is complete within {@code timeout}. */
    public Response read(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String statusLine = line(deadline);
        while (statusLine.startsWith("HTTP/1.1 100")) {
            line(deadline);
            statusLine = line(deadline);
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(deadline); !header.isEmpty(); header = line(deadline)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.writeBytes(bytes(Integer.parseInt(headers.get("content-length")), deadline));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(deadline), 16); size > 0; size = Integer.parseInt(line(deadline), 16)) {
                body.writeBytes(bytes(size, deadline));
                line(deadline);
            }
            line(deadline);
        }
        return new Response(status, headers, body.toByteArray());
    }

    /** Whether the server closes its side: a read sees the end of the stream (or a reset) within {@code timeout}. */
    public boolean closedByServer(Duration timeout) throws IOException {
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private String line(long deadline) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int next = readByte(deadline);
            if (previous == '\r' && next == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(next);
            previous = next;
        }
    }

    private byte[] bytes(int count, long deadline) throws IOException {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) readByte(deadline);
        }
        return bytes;
    }

    private int readByte(long deadline) throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("no complete answer in time");
        }
        socket.setSoTimeout((int) left);
        int next = in.read();
        if (next == -1) {
            throw new IOException("the server closed the connection");
        }
        return next;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    @Override
    public void close() {
        writer.shutdownNow();
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
