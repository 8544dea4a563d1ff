package org.salwhub.web.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The one Payara Micro that every HTTP integration test and browser test of a test run talks to.
 *
 * <p>The first test class that asks for {@link #url()} starts it: the built war at the context root {@code /},
 * on a free port, with the JVM options of the system property {@code it.server.options} (the database, the demo
 * data, the SMTP port: {@code web/pom.xml} sets them). Every later class gets the same server, and
 * {@link TestRun} stops it when the test run ends. A run that never asks (the unit tests, or
 * {@code PlatformIT} alone) starts nothing.
 *
 * <p>With the system property {@code it.base.url} set, nothing is started: the tests talk to the server at that
 * address (one started by hand, for running one test class alone; see the README's "Testing").
 *
 * <p>The server's output is appended to {@code it.server.log} ({@code web/target/it-server.log}), and each start
 * adds a line to {@code it.server.starts} ({@code web/target/payara-starts.txt}), which {@code .ci/run} prints.
 */
public final class TestServer {

    private static final Logger LOG = Logger.getLogger(TestServer.class.getName());
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(300);

    private static Process process;
    private static URL url;
    private static RuntimeException failure;

    private TestServer() {
    }

    /** The base URL of the run's server (ending in {@code /}), started on the first call. */
    public static synchronized URL url() {
        if (url != null) {
            return url;
        }
        if (failure != null) {
            throw new IllegalStateException("the test server failed to start earlier in this run", failure);
        }
        String given = System.getProperty("it.base.url", "").trim();
        try {
            url = given.isEmpty() ? start() : URI.create(given.endsWith("/") ? given : given + "/").toURL();
            return url;
        } catch (IOException e) {
            failure = new UncheckedIOException(e);
            throw failure;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    /** Stops the server this run started, if any; called when the test run ends. */
    public static synchronized void stop() {
        if (process == null) {
            return;
        }
        Process running = process;
        process = null;
        url = null;
        running.destroy();
        try {
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        LOG.info("Stopped the test server");
    }

    private static URL start() throws IOException {
        File jar = existing("payara.microJar", "target/payara-micro.jar");
        File war = existing("it.war", "target/salwhub.war");
        int port = freePort();
        Path log = Path.of(System.getProperty("it.server.log", "target/it-server.log"));
        Files.createDirectories(log.toAbsolutePath().getParent());

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options(System.getProperty("it.server.options", "")));
        command.addAll(List.of("-jar", jar.getAbsolutePath(), "--nocluster", "--disablephonehome",
                "--port", Integer.toString(port), "--contextroot", "/", "--deploy", war.getAbsolutePath()));

        Instant began = Instant.now();
        LOG.info(() -> "Starting the test server on port " + port + ", log: " + log.toAbsolutePath());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Runtime.getRuntime().addShutdownHook(new Thread(TestServer::stop, "test-server-stop"));

        URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        awaitReady(base, log);
        long seconds = Duration.between(began, Instant.now()).toSeconds();
        Files.writeString(Path.of(System.getProperty("it.server.starts", "target/payara-starts.txt")),
                Instant.now() + " test server on port " + port + " ready in " + seconds + " s\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        LOG.info(() -> "The test server answers at " + base + " after " + seconds + " s");
        return base;
    }

    /** Waits until the application (not only Payara's own /health) answers, or the process has died. */
    private static void awaitReady(URL base, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI probe = URI.create(base + "login.xhtml");
        Instant end = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the test server exited with " + process.exitValue()
                        + " before answering; its log: " + log.toAbsolutePath() + "\n" + tail(log));
            }
            try {
                HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(10))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the test server", e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("the test server did not answer " + probe + " within " + STARTUP_LIMIT
                + "; its log: " + log.toAbsolutePath() + "\n" + tail(log));
    }

    private static List<String> options(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static File existing(String property, String fallback) {
        File file = new File(System.getProperty(property, fallback));
        if (!file.isFile()) {
            throw new IllegalStateException(file.getAbsolutePath() + " is missing: run the tests through Maven "
                    + "(mvn verify), which builds the war and fetches Payara Micro, or set it.base.url");
        }
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the test server", e);
        }
    }
}
