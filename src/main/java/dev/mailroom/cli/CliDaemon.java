package dev.mailroom.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import picocli.CommandLine;
import org.slf4j.LoggerFactory;

/**
 * A running Mailroom that answers read-only commands (search, similar, show, threads, stats) for
 * the launcher over a loopback socket, so that a query does not pay for a JVM start: the store and
 * index stay open and the code stays compiled. The launcher starts one per data dir on the first
 * search and asks it afterwards; it leaves after {@code idle} without requests, when its data dir
 * goes away, or when the jar it runs is rebuilt.
 *
 * <p>Protocol, one request per connection: the client writes NUL-terminated UTF-8
 * strings: {@code MAILROOM1 TOKEN TTY ARGC}, then ARGC more: the data dir, then the command's arguments without
 * {@code --data-dir}. The answer is {@code EXIT ERRLEN\n}, ERRLEN bytes of standard error, then
 * standard output until the connection closes; {@code FALLBACK 0\n} means "run it yourself". The
 * token, in {@code DIR/.daemon} readable only by its owner, keeps other local users out.
 */
final class CliDaemon {

    static final String FILE = ".daemon";
    static final Set<String> SERVED = Set.of("search", "similar", "show", "threads", "stats");

    private static final Logger LOG = LoggerFactory.getLogger(CliDaemon.class);
    private static final int MAX_ARGS = 256;
    private static final int MAX_ARG_BYTES = 64 * 1024;

    private final Path dataDir;
    private final Duration idle;
    private final String token;
    private final Path jar;
    private final FileTime jarTime;
    private volatile boolean stopping;

    CliDaemon(Path dataDir, Duration idle) {
        this.dataDir = dataDir;
        this.idle = idle;
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
        this.jar = ownJar();
        this.jarTime = modified(jar);
    }

    /** Serves until idle, stopped, or no longer wanted. Returns false when another daemon already serves the dir. */
    boolean serve() throws IOException {
        try (FileChannel lockChannel = FileChannel.open(dataDir.resolve(".daemon.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                return false;
            }
            Context context = Context.read(dataDir);
            try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                server.setSoTimeout(1_000);
                Context.share(context);
                warmUp();
                announce(server.getLocalPort());
                LOG.info("serving {} on port {}", dataDir, server.getLocalPort());
                long last = System.nanoTime();
                while (!stopping && wanted()) {
                    if (System.nanoTime() - last > idle.toNanos()) {
                        LOG.info("idle for {}; leaving", idle);
                        break;
                    }
                    try (Socket client = server.accept()) {
                        client.setSoTimeout(10_000);
                        client.setTcpNoDelay(true);
                        handle(client);
                        last = System.nanoTime();
                    } catch (SocketTimeoutException e) {
                        // no request this second: check whether we are still wanted
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("request failed: {}", e.toString());
                    }
                }
            } finally {
                Context.share(null);
                context.close();
                retract();
            }
        }
        return true;
    }

    void stop() {
        stopping = true;
    }

    private void handle(Socket socket) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        String[] header = readUntil(in, '\0').split(" ");
        if (header.length != 4 || !header[0].equals("MAILROOM1") || !header[1].equals(token)) {
            out.write("FALLBACK 0\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        boolean tty = header[2].equals("1");
        int argc = Integer.parseInt(header[3]);
        if (argc < 1 || argc > MAX_ARGS) {
            out.write("FALLBACK 0\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        Path clientDir = Path.of(readUntil(in, '\0')).toAbsolutePath().normalize();
        List<String> args = new ArrayList<>();
        for (int i = 1; i < argc; i++) {
            args.add(readUntil(in, '\0'));
        }
        if (!clientDir.equals(dataDir) || args.isEmpty() || !SERVED.contains(args.getFirst()) || jarChanged()) {
            out.write("FALLBACK 0\n".getBytes(StandardCharsets.US_ASCII));
            if (jarChanged()) {
                stopping = true;
            }
            return;
        }
        args.add("--data-dir");
        args.add(dataDir.toString());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int exit = run(args, stdout, stderr, tty);
        LOG.debug("{} answered in {} µs", args.getFirst(), (System.nanoTime() - start) / 1_000);
        ByteArrayOutputStream answer = new ByteArrayOutputStream(stdout.size() + stderr.size() + 16);
        answer.writeBytes((exit + " " + stderr.size() + "\n").getBytes(StandardCharsets.US_ASCII));
        stderr.writeTo(answer);
        stdout.writeTo(answer);
        answer.writeTo(out); // one write: small separate writes would wait on delayed acknowledgements
        out.flush();
    }

    /** Built once: building picocli's model of every command costs more than a search. */
    private static CommandLine commandLine;

    /** Runs one command line with standard output and error captured. */
    static synchronized int run(List<String> args, ByteArrayOutputStream stdout, ByteArrayOutputStream stderr, boolean tty) {
        if (commandLine == null) {
            commandLine = Main.commandLine();
        }
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try (PrintStream o = new PrintStream(stdout, false, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(stderr, false, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            Terminal.override(tty);
            commandLine.setOut(new PrintWriter(o, true));
            commandLine.setErr(new PrintWriter(e, true));
            try {
                return commandLine.execute(args.toArray(String[]::new));
            } finally {
                o.flush();
                e.flush();
            }
        } finally {
            Terminal.override(null);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * Searches a few hundred times before announcing itself, so that the first real request runs
     * compiled code on warm files. It runs in the background of the search that started it, so the
     * second or two it takes costs nobody a wait.
     */
    private void warmUp() {
        List<String> queries = List.of("the", "from:example.com", "subject:re", "\"thank you\"", "after:2000-01-01 mail",
                "mail OR list -spam");
        for (int round = 0; round < 40; round++) {
            for (String q : queries) {
                List<String> args = round % 2 == 0
                        ? List.of("search", "--json", q, "--data-dir", dataDir.toString())
                        : List.of("search", q, "--data-dir", dataDir.toString());
                run(args, new ByteArrayOutputStream(), new ByteArrayOutputStream(), false);
            }
        }
    }

    private void announce(int port) throws IOException {
        Path tmp = dataDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, port + " " + token + " " + ProcessHandle.current().pid() + "\n");
        Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void retract() {
        try {
            if (ours()) {
                Files.deleteIfExists(dataDir.resolve(FILE));
            }
        } catch (IOException e) {
            LOG.debug("cannot remove {}: {}", FILE, e.toString());
        }
    }

    /** Still announced as ours (a demo that recreated the data dir removes it), and the code unchanged. */
    private boolean wanted() {
        return ours() && !jarChanged();
    }

    private boolean ours() {
        try {
            return Files.readString(dataDir.resolve(FILE)).contains(" " + token + " ");
        } catch (IOException e) {
            return false;
        }
    }

    private boolean jarChanged() {
        return jar != null && !java.util.Objects.equals(jarTime, modified(jar));
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(CliDaemon.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return p == null ? null : Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return null;
        }
    }

    private static String readUntil(InputStream in, char end) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != end) {
            if (b.size() >= MAX_ARG_BYTES) {
                throw new IOException("request too long");
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
